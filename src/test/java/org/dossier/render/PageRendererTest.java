package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.diagnostic.DossierException;
import org.dossier.loader.DossierConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

    record Model(String heading) {}

    private static final DossierConfig PRIVATE = new DossierConfig("Korea file", Optional.empty(), Optional.empty(), false);
    private static final DossierConfig PUBLIC = new DossierConfig("Korea file", Optional.of("A test."), Optional.empty(), true);

    private static String render(DossierConfig config, String path, String title) {
        return new PageRenderer(Templates.defaults(), config).html(path, title, "home.mustache", new Model("x"));
    }

    @Test
    void privateDossierPagesAskNotToBeIndexed() {
        assertThat(render(PRIVATE, "index.html", "Korea file")).contains("<meta name=\"robots\" content=\"noindex\">");
    }

    @Test
    void publicDossierPagesMayBeIndexed() {
        assertThat(render(PUBLIC, "index.html", "Korea file")).doesNotContain("noindex").contains("content=\"A test.\"");
    }

    @Test
    void everyPageDeclaresTheSitePolicy() {
        assertThat(render(PRIVATE, "people/kim.html", "Kim"))
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;self&#39;; img-src &#39;self&#39; data:; style-src &#39;self&#39;; script-src &#39;self&#39;; object-src &#39;none&#39;; base-uri &#39;none&#39;; form-action &#39;self&#39;\">");
    }

    @Test
    void linksAreRelativeToThePage() {
        String html = render(PRIVATE, "people/kim.html", "Kim");
        assertThat(html)
                .contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">")
                .contains("<form class=\"site-search\" action=\"../search.html\" method=\"get\" role=\"search\">")
                .contains("<a href=\"../places.html\">Places</a>")
                .contains("<a href=\"../index.html\">Articles</a>");
    }

    @Test
    void aBaseUrlGivesTheCanonicalAddressAndTheFeed() {
        DossierConfig hosted = new DossierConfig("Korea file", Optional.empty(), Optional.of("https://example.org/k"), true);
        assertThat(render(hosted, "people/kim.html", "Kim"))
                .contains("<link rel=\"canonical\" href=\"https://example.org/k/people/kim.html\">")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Korea file\" href=\"../feed.xml\">");
        assertThat(render(PRIVATE, "people/kim.html", "Kim")).doesNotContain("canonical").doesNotContain("feed.xml");
    }

    @Test
    void theCurrentSectionIsMarked() {
        assertThat(render(PRIVATE, "people.html", "People")).contains("<a href=\"people.html\" aria-current=\"page\">People</a>");
    }

    @Test
    void aPageInsideASectionSaysSo() {
        assertThat(render(PRIVATE, "people/kim.html", "Kim"))
                .contains("<a href=\"../people.html\" aria-current=\"true\">People</a>")
                .contains("<a href=\"../countries.html\">Countries</a>");
    }

    @Test
    void titlesAreEscaped() {
        assertThat(render(PRIVATE, "index.html", "<script>alert(1)</script>"))
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; \u00b7 Korea file</title>")
                .doesNotContain("<script>");
    }

    /** A model whose accessor fails, as a broken view model would. */
    public record Broken(String ignored) {
        public String title() {
            throw new IllegalStateException("no title");
        }
    }

    @Test
    void aFailureWhileRenderingNamesTheTemplateAndLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broken.mustache"), "<p>\n{{title}}\n</p>\n");
        PageRenderer pages = new PageRenderer(Templates.fromFolder(folder), PRIVATE);
        assertThatThrownBy(() -> pages.html("index.html", "Home", "broken.mustache", new Broken("x")))
                .isInstanceOf(DossierException.class)
                .hasMessage(folder.resolve("broken.mustache") + ":2: template: Failed to get value for title");
    }

    @Test
    void theBytesWrittenAreThePageText() {
        PageRenderer pages = new PageRenderer(Templates.defaults(), PUBLIC);
        Model model = new Model("Kim \u2014 \uD83D\uDE00 <b> caf\u00e9");
        MemorySink sink = new MemorySink();
        pages.page(sink, "people/kim.html", "Kim", "home.mustache", model);

        assertThat(sink.files().get("people/kim.html"))
                .isEqualTo(pages.html("people/kim.html", "Kim", "home.mustache", model).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLayoutThatEscapesOrRepeatsTheContentIsRenderedAsWritten(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("home.mustache"), "<p>{{heading}}</p>");
        for (String layout : List.of("<main>{{content}}</main>", "{{{content}}}|{{{content}}}", "<main></main>")) {
            Files.writeString(folder.resolve(PageRenderer.LAYOUT), layout);
            PageRenderer pages = new PageRenderer(Templates.fromFolder(folder), PRIVATE);
            MemorySink sink = new MemorySink();
            pages.page(sink, "index.html", "Home", "home.mustache", new Model("a & b"));

            String expected = layout.replace("{{{content}}}", "<p>a &amp; b</p>")
                    .replace("{{content}}", "&lt;p&gt;a &amp;amp; b&lt;/p&gt;");
            assertThat(sink.text("index.html")).as(layout).isEqualTo(expected);
        }
    }

    @Test
    void rootOfCountsFolders() {
        assertThat(PageRenderer.rootOf("index.html")).isEmpty();
        assertThat(PageRenderer.rootOf("people/kim.html")).isEqualTo("../");
        assertThat(PageRenderer.rootOf("a/b/c.html")).isEqualTo("../../");
    }
}
