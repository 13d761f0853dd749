package org.dossier.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date finding as data: each line of {@code views/dates/cases.txt} is a sentence, the article's
 * date, and the expressions expected with the period each resolves to ({@code ?} when it must
 * stay unresolved).
 */
class EventFinderTest {

    private final EventFinder finder = new EventFinder();

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/views/dates/cases.txt"), StandardCharsets.UTF_8)
                .stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\|", -1))
                .map(f -> Arguments.of(f[0].strip(), f[1].strip(), f[2].strip()));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void findsAndResolvesDates(String sentence, String articleDate, String expected) {
        Optional<LocalDate> published = articleDate.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(articleDate));

        List<String> found = finder.find(sentence, published).stream()
                .map(m -> m.text() + " => " + m.when().map(TimePoint::label).orElse("?"))
                .toList();

        List<String> wanted = expected.isEmpty() ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList();
        assertThat(found).containsExactlyElementsOf(wanted);
    }

    @Test
    void everyMentionExplainsItself() {
        assertThat(finder.find("They met on Saturday and again in June 2024.", Optional.empty()))
                .allSatisfy(m -> assertThat(m.explanation()).isNotBlank())
                .anySatisfy(m -> assertThat(m.explanation()).contains("article's date, which is unknown"));
    }

    @Test
    void tryingRulesOnlyNearKeyWordsFindsWhatTryingEveryWordFinds() {
        Random random = new Random(11);
        EventFinder.Session session = finder.session();
        for (int i = 0; i < 5_000; i++) {
            String text = RandomDateText.of(random);
            Optional<LocalDate> published = random.nextInt(5) == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2_000)));

            assertThat(finder.find(text, published))
                    .as(text)
                    .isEqualTo(session.find(new BlockText(text), published, KeyWords.everyWord(text)));
        }
    }

    @Test
    void monthNamesDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(finder.find("They met in June 2024.", Optional.empty()).get(0).when().orElseThrow().label())
                    .isEqualTo("June 2024");
        } finally {
            Locale.setDefault(before);
        }
    }
}
