package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Private dossiers ask not to be indexed on every page and in robots.txt; public ones do not. */
class PrivacyTest {

    @Test
    void everyPageOfAPrivateDossierCarriesNoindex() {
        Map<String, byte[]> files = MemorySink.render(Fixture.dossier(Fixture.config(false), "A visit")).files();
        assertThat(htmlPages(files)).isGreaterThan(10);
        files.forEach((path, content) -> {
            if (path.endsWith(".html")) {
                Document page = Jsoup.parse(new String(content, StandardCharsets.UTF_8));
                assertThat(page.select("meta[name=robots][content=noindex]")).as(path).hasSize(1);
                assertThat(page.select("meta[http-equiv=Content-Security-Policy]")).as(path).hasSize(1);
                assertThat(page.select("html[lang=en]")).as(path).hasSize(1);
            }
        });
        assertThat(new String(files.get("robots.txt"), StandardCharsets.UTF_8)).isEqualTo("User-agent: *\nDisallow: /\n");
    }

    @Test
    void noPageOfAPublicDossierCarriesNoindex() {
        Map<String, byte[]> files = MemorySink.render(Fixture.dossier(Fixture.config(true), "A visit")).files();
        files.forEach((path, content) -> {
            if (path.endsWith(".html")) {
                assertThat(new String(content, StandardCharsets.UTF_8)).as(path).doesNotContain("noindex");
            }
        });
        assertThat(new String(files.get("robots.txt"), StandardCharsets.UTF_8)).isEqualTo("User-agent: *\nAllow: /\n");
    }

    @Test
    void noPageHasInlineStyleOrScript() {
        Map<String, byte[]> files = MemorySink.render(Fixture.dossier()).files();
        files.forEach((path, content) -> {
            if (path.endsWith(".html") && !path.equals("404.html")) {
                Document page = Jsoup.parse(new String(content, StandardCharsets.UTF_8));
                assertThat(page.select("[style], style, script:not([src])")).as(path).isEmpty();
            }
        });
    }

    private static long htmlPages(Map<String, byte[]> files) {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
