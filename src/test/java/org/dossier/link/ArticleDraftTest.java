package org.dossier.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.loader.Article;
import org.dossier.markdown.BodyRenderer;
import org.dossier.markdown.RenderedBody;
import org.junit.jupiter.api.Test;

class ArticleDraftTest {

    private static final Article ARTICLE = new Article("visit.md", "Kim visits Moscow", Optional.of("A standfirst."),
            Optional.of("Jane Doe"), Optional.of("Reuters"), Optional.of(LocalDate.of(2024, 6, 19)),
            Optional.of("https://example.org/visit"), List.of("russia"), Map.of("desk", "Asia"),
            "Kim Jong Un met **Vladimir Putin** in Moscow.", Map.of("author", "byline"));

    @Test
    void aDraftKeepsEverythingButTheMarkdownItsRenderedBodyStandsFor() {
        RenderedBody body = new BodyRenderer().render(ARTICLE.body());

        ArticleDraft draft = new ArticleDraft("kim-visits-moscow", ARTICLE, body);

        assertEquals("", draft.article().body());
        assertEquals(new Article(ARTICLE.file(), ARTICLE.title(), ARTICLE.standfirst(), ARTICLE.author(), ARTICLE.source(),
                ARTICLE.published(), ARTICLE.url(), ARTICLE.tags(), ARTICLE.extra(), "", ARTICLE.provenance()), draft.article());
        assertSame(body, draft.body());
    }

    @Test
    void anArticleWithoutBodyIsItself() {
        Article bodiless = ARTICLE.withoutBody();

        assertSame(bodiless, bodiless.withoutBody());
    }
}
