package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
