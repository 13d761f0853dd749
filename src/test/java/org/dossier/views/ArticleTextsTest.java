package org.dossier.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounds of a text's sentences found once are, at every offset, those of a fresh search. */
class ArticleTextsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "",
        "Kim went to Vladivostok in September 2023. Putin went to Pyongyang in June 2024.",
        "On 19 June 2024, Mr. Putin signed it.  \u201cGood,\u201d he said! The U.S. objected on Jan. 3."
    })
    void boundsFoundOnceAgreeWithAFreshSearch(String text) {
        IntFunction<int[]> once = ArticleTexts.sentenceBoundsOf(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(once.apply(offset)).as("offset %d", offset).isEqualTo(ArticleTexts.sentenceBounds(text, offset));
        }
    }
}
