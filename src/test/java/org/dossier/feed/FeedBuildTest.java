package org.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.site.BuildOptions;
import org.dossier.site.Progress;
import org.dossier.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** A build with a base URL writes a well-formed feed and sitemap with absolute links; one without writes neither. */
class FeedBuildTest {

    @TempDir
    Path work;

    @Test
    void aBaseUrlAddsTheFeedAndTheSitemap() throws IOException, SAXException, ParserConfigurationException {
        Path site = build(Optional.of("https://example.org/briefs"));
        Document feed = parse(site.resolve("feed.xml"));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(1);
        assertThat(Files.readString(site.resolve("feed.xml"))).contains("href=\"https://example.org/briefs/articles/");
        Document sitemap = parse(site.resolve("sitemap.xml"));
        assertThat(sitemap.getElementsByTagNameNS("*", "loc").item(0).getTextContent()).startsWith("https://example.org/briefs/");
        assertThat(Files.readString(site.resolve("sitemap.xml")))
                .contains("<loc>https://example.org/briefs/index.html</loc>")
                .contains("<loc>https://example.org/briefs/search.html</loc>");
    }

    @Test
    void withoutABaseUrlThereIsNoFeed() throws IOException {
        Path site = build(Optional.empty());
        assertThat(site.resolve("feed.xml")).doesNotExist();
        assertThat(site.resolve("sitemap.xml")).doesNotExist();
    }

    private Path build(Optional<String> baseUrl) throws IOException {
        Files.createDirectories(work.resolve("articles"));
        Files.writeString(work.resolve("articles/a.txt"), "Harbour talks resume\nThe envoys met again.\n");
        Path site = work.resolve("site");
        new SiteBuilder().build(new BuildOptions(work.resolve("articles"), work.resolve("no-templates"), site, baseUrl),
                new Diagnostics(), Progress.NONE);
        return site;
    }

    private static Document parse(Path file) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
