package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dossier.entities.ArticleText;
import org.dossier.entities.Span;
import org.dossier.markdown.Block;
import org.junit.jupiter.api.Test;

/** Which parts of an article the extractor reads figures from. */
class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void theTitleAndTheStandfirstAreReadBeforeTheBody() {
        ArticleText article = new ArticleText("a", "Seoul counts 2,000 more troops",
                Optional.of("Russia agreed to pay $1bn for the shells, officials said."), Optional.empty(), Optional.empty(),
                List.of(new Block("p1", false, "About 12,000 North Korean soldiers are in Russia, Seoul said.")));

        List<FigureMention> figures = extractor.extract(article);

        assertThat(figures).extracting(f -> f.span().block()).containsExactly(Span.TITLE, Span.STANDFIRST, "p1");
        assertThat(figures).extracting(f -> f.span().text()).containsExactly("2,000", "$1bn", "About 12,000");
    }
}
