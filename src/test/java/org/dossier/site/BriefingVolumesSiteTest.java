package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.check.SiteChecker;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.views.AnalystViews;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed dossier built with a briefing book of two articles a volume: three volumes. */
class BriefingVolumesSiteTest {

    private static final Path SEEDS = Path.of("articles");
    private static final List<String> VOLUMES = List.of("briefing.html", "briefing--2.html", "briefing--3.html");

    @TempDir
    Path dir;

    @Test
    void aBookInSeveralVolumesHasNoBrokenLinkAndEveryArticleInExactlyOneVolume() throws IOException {
        Path site = build(Path.of("templates"));

        assertThat(new SiteChecker().check(site)).isEmpty();
        assertThat(site.resolve("briefing--4.html")).doesNotExist();
        Document first = page(site, "briefing.html");
        assertThat(first.select("a[href=briefing--2.html]")).isNotEmpty();
        assertThat(first.select("a[href=briefing--3.html]")).isNotEmpty();
        List<String> anchors = new ArrayList<>();
        for (String volume : VOLUMES) {
            Document page = page(site, volume);
            assertThat(page.select("article.briefing-article")).hasSizeLessThanOrEqualTo(2).isNotEmpty();
            anchors.addAll(page.select("article.briefing-article").eachAttr("id"));
        }
        try (Stream<Path> articles = Files.list(site.resolve("articles"))) {
            assertThat(anchors).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(articles
                    .map(p -> "article-" + p.getFileName().toString().replace(".html", "")).toList());
        }
    }

    @Test
    void theDefaultTemplatesRenderTheLaterVolumesToo() {
        Path site = build(dir.resolve("no-templates"));

        assertThat(new SiteChecker().check(site)).isEmpty();
        assertThat(site.resolve("briefing--3.html")).exists();
    }

    private Path build(Path templates) {
        Path out = dir.resolve("site");
        new SiteBuilder(new AnalystViews(2)).build(new BuildOptions(SEEDS, templates, out, Optional.empty()),
                new Diagnostics(), Progress.NONE);
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
