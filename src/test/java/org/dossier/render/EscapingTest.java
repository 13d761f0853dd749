package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.entities.EntityCatalog;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hostile article title shows as text wherever it appears, and never as markup. */
class EscapingTest {

    private static final String HOSTILE = "<script>alert(1)</script> \"quoted\" & 'single'";

    private static MemorySink site;

    @BeforeAll
    static void render() {
        site = MemorySink.render(Fixture.dossier(Fixture.config(false), HOSTILE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index.html", "articles/lavrov-visits-kursk.html", "articles/troops-gather-near-kursk.html",
        "people/sergei-lavrov.html", "places/kursk.html"})
    void theTitleIsTextNotMarkup(String path) {
        String html = site.text(path);
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>");
        assertThat(page.text()).contains(HOSTILE);
    }

    @Test
    void theDocumentTitleIsText() {
        assertThat(Jsoup.parse(site.text("articles/lavrov-visits-kursk.html")).title())
                .isEqualTo(HOSTILE + " \u00b7 Test dossier");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example/x", "ftp://x"})
    void anOriginalAddressThatIsNotAWebPageIsNotLinked(String url) {
        Article article = new Article("a.txt", "A", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(url), List.of(), Map.of(), "Text.", Map.of());
        LinkedArticle linked = new LinkedArticle("a", article, "<p id=\"p1\">Text.</p>", List.of(), List.of());
        Document page = Jsoup.parse(MemorySink.render(new LinkedDossier(Fixture.config(false), List.of(linked),
                EntityCatalog.empty())).text("articles/a.html"));
        assertThat(page.select("main a")).isEmpty();
    }

    @Test
    void jsonEscapesQuotes() {
        assertThat(new String(site.files().get("entities.json"), StandardCharsets.UTF_8))
                .contains("\"title\": \"\\u003cscript>alert(1)\\u003c/script> \\\"quoted\\\" & 'single'\"");
    }
}
