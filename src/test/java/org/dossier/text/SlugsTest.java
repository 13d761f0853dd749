package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Kim Jong Un|kim-jong-un",
        "../../etc/passwd|etc-passwd",
        "C:\\Windows\\System32|c-windows-system32",
        "What now?|what-now",
        "Caf\u00e9 \u00e0 la cr\u00e8me|cafe-a-la-creme",
        "?!...|article",
        "\u0645\u0631\u062d\u0628\u0627|article",
        "CON|con-article",
        "nul|nul-article",
        "LPT1|lpt1-article",
        "Console|console",
    })
    void slugIsLowerCaseAsciiLettersDigitsAndHyphens(String text, String slug) {
        assertThat(Slugs.of(text, "article")).isEqualTo(slug);
    }

    @Test
    void longTitlesAreCutAtAWordBoundaryOfTheSlug() {
        assertThat(Slugs.of("word ".repeat(100), "article")).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
    }

    @Test
    void collisionsGetANumericSuffixInRequestOrder() {
        Slugs slugs = new Slugs();
        assertThat(slugs.unique("Same title", "article")).isEqualTo("same-title");
        assertThat(slugs.unique("Same Title!", "article")).isEqualTo("same-title-2");
        assertThat(slugs.unique("same-title-2", "article")).isEqualTo("same-title-2-2");
        assertThat(slugs.unique("Same title", "article")).isEqualTo("same-title-3");
        assertThat(slugs.unique("?", "article")).isEqualTo("article");
        assertThat(slugs.unique("!", "article")).isEqualTo("article-2");
    }
}
