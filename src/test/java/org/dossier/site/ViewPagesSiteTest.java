package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.check.SiteChecker;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.render.Pagination;
import org.dossier.views.AnalystViews;
import org.dossier.views.briefing.BriefingVolumes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed dossier built with a timeline and a figures ledger of a few items a page. */
class ViewPagesSiteTest {

    private static final Path SEEDS = Path.of("articles");
    private static final int PER_PAGE = 5;

    @TempDir
    Path dir;

    @Test
    void pagedViewsHaveNoBrokenLinkAndHoldEveryItemOnceInOrder() throws IOException {
        Path whole = build("whole", new AnalystViews());
        Path paged = build("paged", new AnalystViews(BriefingVolumes.ARTICLES_PER_VOLUME, PER_PAGE, PER_PAGE));

        assertThat(new SiteChecker().check(paged)).isEmpty();
        for (String view : List.of("timeline.html", "figures.html")) {
            List<Path> pages = pages(paged, view);
            String items = view.equals("timeline.html") ? "li.event blockquote" : "table.figures tbody tr";
            assertThat(pages).as(view).hasSizeGreaterThan(2);
            List<String> all = new ArrayList<>();
            for (Path page : pages) {
                all.addAll(parse(page).select(items).eachText());
            }
            assertThat(all).as(view).isEqualTo(parse(whole.resolve(view)).select(items).eachText());
        }
    }

    @Test
    void aFigureGroupStaysWholeOnOnePage() throws IOException {
        Path whole = build("whole", new AnalystViews());
        Path paged = build("paged", new AnalystViews(BriefingVolumes.ARTICLES_PER_VOLUME, PER_PAGE, PER_PAGE));
        List<Path> pages = pages(paged, "figures.html");

        for (Element group : parse(whole.resolve("figures.html")).select("section.figure-group:not(#standalone)")) {
            List<Document> holding = new ArrayList<>();
            for (Path page : pages) {
                Document document = parse(page);
                if (document.getElementById(group.id()) != null) {
                    holding.add(document);
                }
            }
            assertThat(holding).as(group.id()).hasSize(1);
            assertThat(holding.get(0).select("#" + group.id() + " tbody tr").eachText())
                    .isEqualTo(group.select("tbody tr").eachText());
        }
        for (Path page : pages) {
            Document document = parse(page);
            assertThat(document.select("table.figures tbody tr").size() <= PER_PAGE
                    || document.select("section.figure-group").size() == 1).as(page.toString()).isTrue();
        }
    }

    private Path build(String name, AnalystViews views) {
        Path out = dir.resolve(name);
        new SiteBuilder(views).build(new BuildOptions(SEEDS, Path.of("templates"), out, Optional.empty()),
                new Diagnostics(), Progress.NONE);
        return out;
    }

    private static List<Path> pages(Path site, String first) {
        List<Path> pages = new ArrayList<>();
        for (int n = 1; Files.exists(site.resolve(Pagination.path(first, n))); n++) {
            pages.add(site.resolve(Pagination.path(first, n)));
        }
        return pages;
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
