package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"articles/lavrov-visits-kursk.html"})
    void theDocumentTitleIsText(String path) {
        assertThat(Jsoup.parse(site.text(path)).title()).isEqualTo(HOSTILE + " \u00b7 Test dossier");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"entities.json"})
    void jsonEscapesQuotes(String path) {
        assertThat(new String(site.files().get(path), StandardCharsets.UTF_8))
                .contains("\"title\": \"<script>alert(1)</script> \\\"quoted\\\" & 'single'\"");
    }
}
