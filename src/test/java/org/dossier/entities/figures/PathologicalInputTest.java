package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dossier.entities.ArticleText;
import org.dossier.markdown.Block;
import org.junit.jupiter.api.Test;

/** Hostile or degenerate blocks: the extractor must finish and read them sensibly. */
class PathologicalInputTest {

    private final FigureExtractor extractor = new FigureExtractor();

    private List<FigureMention> extract(String text) {
        return extractor.extract(new ArticleText("x", "x", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Block("p1", false, text))));
    }

    @Test
    void longRunsOfFiguresAreAllRead() {
        String text = "about 1,000 troops and ".repeat(20_000) + "5 tanks.";
        assertThat(extract(text)).hasSize(20_001);
    }

    @Test
    void longRunsOfDigitsAndSeparatorsFinish() {
        assertThat(extract("1,".repeat(50_000) + "000")).isEmpty();
        assertThat(extract("9".repeat(100_000))).isEmpty();
        assertThat(extract("$".repeat(10_000) + "%".repeat(10_000))).isEmpty();
    }

    @Test
    void emptyAndPunctuationOnlyBlocks() {
        assertThat(extract("")).isEmpty();
        assertThat(extract("... -- (( ))")).isEmpty();
    }
}
