package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A compact text reads back as the very string it was made from, whatever its characters. */
class CompactTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII", "Latin-1 only: caf\u00e9, na\u00efve", "Kim\u2019s \u201cvisit\u201d \u2014 \u043c\u0438\u0440",
        "\ud83c\uddf7\ud83c\uddfa flags", "unpaired high \ud800 here", "unpaired low \udc00", "ends high \ud83c",
        "\udc00\ud800 reversed pair", "\u00e9 then \u2019 then \ud83d\ude00"})
    void readsBackTheSameString(String text) {
        assertThat(CompactText.of(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void randomTextsReadBackTheSame(String text) {
        CompactText compact = CompactText.of(text);
        assertThat(compact.toString()).isEqualTo(text);
        assertThat(compact).isEqualTo(CompactText.of(new String(text.toCharArray())))
                .hasSameHashCodeAs(CompactText.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Kim\u2019s"})
    void differentTextsAreNotEqual(String text) {
        assertThat(CompactText.of(text)).isNotEqualTo(CompactText.of(text + "\u2014"));
    }

    /** Texts of ASCII, Latin-1, other planes' characters and surrogates, paired or not. */
    static Stream<String> randomTexts() {
        Random random = new Random(20261206);
        char[] pool = {'a', 'Z', ' ', '<', '\u00e9', '\u00ff', '\u0100', '\u2019', '\u4e2d', '\ud83d', '\ude00', '\ud800', '\udfff'};
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            return text.toString();
        }).limit(300);
    }
}
