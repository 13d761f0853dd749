package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts encoded one at a time give the bytes of the whole text; entries go in after their separators. */
class Utf8PartsTest {

    @Test
    void joinedPartsAreTheWholeTextInUtf8() {
        List<String> parts = List.of("{\"a\":[", "Kim’s \u00e9t\u00e9", "", "\ud83c\uddf7\ud83c\uddfa flags", ",\n", "end]}");
        assertThat(Utf8Parts.join(parts)).isEqualTo(String.join("", parts).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnpairedSurrogateBecomesAQuestionMarkAsGetBytesMakesIt() {
        assertThat(new String(Utf8Parts.join(List.of("a\ud800b", "\udc00")), StandardCharsets.UTF_8)).isEqualTo("a?b?");
    }

    @Test
    void noPartsIsNoBytes() {
        assertThat(Utf8Parts.join(List.of())).isEmpty();
        assertThat(Utf8Parts.join(new ArrayList<>(List.of("", "")))).isEmpty();
    }
}
