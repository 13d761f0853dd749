package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A text split once gives, at every offset, the sentence a fresh search of the text gives. */
class SentencesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "",
        "One sentence without a stop",
        "Mr. Kim met Dr. Lee in the U.S. on Monday. They talked. \"Good,\" he said! Was it? Yes.",
        "Prices rose 3.5 percent. In Jan. 2024 the St. Petersburg office closed.  Two spaces before this.",
        "Ends with a stop. ",
        "A. B. C. Initials then a sentence. (Brackets open one.) 2024 was a year."
    })
    void splitAgreesWithAround(String text) {
        Sentences.Split split = Sentences.split(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(split.around(offset)).as("offset %d", offset).isEqualTo(Sentences.around(text, offset));
        }
    }
}
