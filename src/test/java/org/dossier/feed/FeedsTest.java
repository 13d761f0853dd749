package org.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.DossierConfig;
import org.dossier.search.Dossiers;
import org.junit.jupiter.api.Test;

class FeedsTest {

    private static final DossierConfig HOSTED = new DossierConfig("Talks & sanctions", Optional.of("Who said what."),
            Optional.of("https://example.org/dossier/"), false);

    private final Map<String, String> written = new TreeMap<>();

    @Test
    void theFeedHasAnEntryPerArticleWithAbsoluteLinks() throws IOException {
        assertThat(AtomFeed.of(BaseUrl.of("https://example.org/dossier"), Dossiers.small(HOSTED))).isEqualTo(expected("feed.xml"));
    }

    @Test
    void theSitemapListsTheHtmlPagesButTheErrorPage() throws IOException {
        List<String> paths = List.of("search.html", "404.html", "assets/style.css", "index.html", "articles/talks.html");
        assertThat(Sitemap.of(BaseUrl.of("https://example.org/dossier/"), paths)).isEqualTo(expected("sitemap.xml"));
    }

    @Test
    void bothAreWrittenWithABaseUrl() {
        WrittenPages pages = new WrittenPages((path, bytes) -> written.put(path, new String(bytes, StandardCharsets.UTF_8)));
        pages.write("index.html", new byte[0]);
        pages.write("articles/talks.html", new byte[0]);
        Feeds.write(Dossiers.small(HOSTED), pages, pages);
        assertThat(written).containsOnlyKeys("index.html", "articles/talks.html", "feed.xml", "sitemap.xml");
        assertThat(written.get("sitemap.xml")).contains("<loc>https://example.org/dossier/articles/talks.html</loc>");
    }

    @Test
    void neitherIsWrittenWithoutABaseUrl() {
        LinkedDossier dossier = Dossiers.small(DossierConfig.defaults());
        WrittenPages pages = new WrittenPages((path, bytes) -> written.put(path, new String(bytes, StandardCharsets.UTF_8)));
        Feeds.write(dossier, pages, pages);
        assertThat(written).isEmpty();
    }

    @Test
    void textIsEscapedForXml() {
        assertThat(Xml.escape("a < b & \"c\" > d\u0001")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; d");
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = FeedsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
