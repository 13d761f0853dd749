package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every link of every rendered page resolves: to a written file (and its anchor), or outside. */
class SiteLinksTest {

    /** Pages the analyst views and search render into the same site. */
    private static final Set<String> RENDERED_ELSEWHERE = Set.of(
            "figures.html", "timeline.html", "connections.html", "briefing.html", "search.html");

    @Test
    void everyLinkResolves() {
        Map<String, byte[]> files = MemorySink.render(Fixture.dossier()).files();
        int checked = 0;
        for (var file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
            for (Element element : page.select("[href], [src], form[action]")) {
                String link = element.hasAttr("href") ? element.attr("href")
                        : element.hasAttr("src") ? element.attr("src") : element.attr("action");
                assertResolves(files, file.getKey(), link);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static void assertResolves(Map<String, byte[]> files, String page, String link) {
        if (link.startsWith("https://") || link.startsWith("http://") || link.startsWith("mailto:")) {
            return;
        }
        assertThat(link).as("link %s in %s", link, page).doesNotEndWith("/").doesNotContain("://").doesNotStartWith("/");
        URI target = URI.create("site:/" + page).resolve(link.replace(" ", "%20"));
        String path = target.getPath().substring(1);
        if (link.startsWith("#")) {
            path = page;
        }
        if (RENDERED_ELSEWHERE.contains(path)) {
            return;
        }
        assertThat(files).as("link %s in %s", link, page).containsKey(path);
        String fragment = target.getFragment();
        if (fragment != null && path.endsWith(".html")) {
            Document linked = Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
            assertThat(linked.getElementById(fragment)).as("anchor of %s in %s", link, page).isNotNull();
        }
    }
}
