package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON string literals that stay inert inside HTML and older JavaScript. */
class JsonStringTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "quote and backslash | a\"b\\c | `\"a\\\"b\\\\c\"`",
        "closing script tag | </script> | `\"\\u003c/script>\"`",
        "line separator | a\u2028b | `\"a\\u2028b\"`",
        "control character | a\u0001b | `\"a\\u0001b\"`",
        "non-ASCII kept | Kim Jong-Un — 김정은 | `\"Kim Jong-Un — 김정은\"`",
    })
    void escapesStringsForJavaScriptAndHtml(String name, String text, String expected) {
        assertThat(JsonString.append(new StringBuilder(), text).toString()).isEqualTo(expected);
    }

    @Test
    void escapesEveryCharacterOfMixedTextOneByOne() {
        Random random = new Random(5);
        String alphabet = "ab \"\\<>/\n\r\t\b\f\u0000\u001f\u007f\u00e9\u2014\u2028\u2029\uD83D\uDE00";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder expected = new StringBuilder("\"");
            text.chars().forEach(c -> expected.append(escaped((char) c)));
            expected.append('"');

            assertThat(JsonString.append(new StringBuilder("x"), text.toString()).toString())
                    .isEqualTo("x" + expected);
        }
    }

    /** How one character is written in the literal. */
    private static String escaped(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029'
                    ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
        };
    }
}
