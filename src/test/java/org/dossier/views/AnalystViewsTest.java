package org.dossier.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.render.PageRenderer;
import org.dossier.render.Pagination;
import org.dossier.views.briefing.BriefingVolumes;
import org.dossier.views.ledger.LedgerView;
import org.dossier.render.Templates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/** The analyst views rendered for a small hand-built dossier, checked for structure. */
class AnalystViewsTest {

    private static final List<String> PAGES = List.of("figures.html", "timeline.html", "connections.html", "briefing.html");

    private final DossierFixture fixture = DossierFixture.read(Path.of("src/test/resources/views/dossiers/treaty.txt"));

    private Map<String, String> render() {
        return render(new AnalystViews());
    }

    private Map<String, String> render(AnalystViews views) {
        // Views render in parallel, so the sink is written from several threads.
        Map<String, String> files = new ConcurrentSkipListMap<>();
        PageRenderer pages = new PageRenderer(Templates.fromFolder(Path.of("templates")), fixture.dossier().config());
        views.render(fixture.dossier(), pages, (path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    @Test
    void writesEveryViewWithItsStylesheetAndCsv() {
        assertThat(render()).containsKeys("figures.html", "figures.csv", "timeline.html", "connections.html",
                "briefing.html", "assets/views.css");
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        assertThat(render()).isEqualTo(render());
    }

    @Test
    void theMachineLocaleChangesNothing() {
        Map<String, String> usual = render();
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("de-DE"));
            assertThat(render()).isEqualTo(usual);
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertThat(render()).isEqualTo(usual);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"figures.html", "timeline.html", "connections.html", "briefing.html"})
    void everyChartIsWellFormedSvgWithATextAlternative(String page) throws Exception {
        Document html = Jsoup.parse(render().get(page));
        for (Element svg : html.select("svg")) {
            org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.outerHtml().getBytes(StandardCharsets.UTF_8)));
            NodeList titles = xml.getElementsByTagName("title");
            assertThat(titles.getLength()).isPositive();
            assertThat(titles.item(0).getTextContent()).isNotBlank();
            assertThat(svg.attr("aria-label")).isNotBlank();
            assertThat(svg.attr("role")).isEqualTo("img");
        }
    }

    @Test
    void theLedgerChartsTheTroopGroupWithEverySourceLabelled() {
        Document figures = Jsoup.parse(render().get("figures.html"));

        Element group = figures.selectFirst("section.figure-group");
        assertThat(group.selectFirst("h2").text()).startsWith("North Korean troops");
        Element chart = group.selectFirst("svg");
        assertThat(chart).isNotNull();
        assertThat(chart.select("rect")).hasSize(4);
        assertThat(chart.select("text").eachText()).containsSubsequence("0", "5k", "10k", "15k", "20k")
                .contains("The Straits Times", "as many as 15,000", "more than 7,000", "8,000", "about 12,500");
        assertThat(group.selectFirst("p.spread").text())
                .isEqualTo("From more than 7,000 (Analysts: North Korea's ties with Russia elevate danger, citing the"
                        + " Defense Intelligence of Ukraine) to as many as 15,000 (The Straits Times, citing South Korean"
                        + " officials): the highest is 2.1 times the lowest.");
        assertThat(group.select("td.sentence a").eachAttr("href")).contains("articles/voa.html#p1", "articles/st.html#p2");
    }

    @Test
    void theTimelineShowsAnEventReportedTwiceOnceWithBothSources() {
        Document timeline = Jsoup.parse(render().get("timeline.html"));

        Element june = timeline.select("li.event").stream()
                .filter(e -> e.selectFirst(".when").text().startsWith("June 2024")).findFirst().orElseThrow();
        assertThat(june.select("ul.sources li")).hasSize(2);
        assertThat(june.selectFirst(".reports").text()).isEqualTo("reported by 2 articles");
        assertThat(timeline.select("#undated li.event .unresolved").eachText()).containsExactly("on Saturday (unresolved)");
    }

    @Test
    void theBriefingHasNoDuplicateIdsAndBreaksPagesBeforeArticles() {
        Document briefing = Jsoup.parse(render().get("briefing.html"));

        Set<String> ids = new HashSet<>();
        for (Element element : briefing.select("[id]")) {
            assertThat(ids.add(element.id())).as("id %s is unique", element.id()).isTrue();
        }
        assertThat(briefing.select("article.page-break")).hasSize(3);
        assertThat(briefing.select("#article-voa-p1")).hasSize(1);
        assertThat(briefing.select("#figures td.sentence a").eachAttr("href")).contains("#article-voa-p1");
        assertThat(briefing.select("link[rel=stylesheet][href=assets/views.css]")).hasSize(1);
        assertThat(briefing.selectFirst(".cover .range").text())
                .isEqualTo("6 November 2024 \u2013 20 November 2024, and 1 undated article");
    }

    @Test
    void connectionsLinkEveryPairAndNodeToEntityPages() {
        Document connections = Jsoup.parse(render().get("connections.html"));

        assertThat(connections.select("table.pairs tbody tr")).isNotEmpty();
        assertThat(connections.select("svg a").eachAttr("href")).allMatch(h -> h.matches("(people|countries|places|organisations)/[a-z0-9-]+\\.html"));
        Element top = connections.selectFirst("table.pairs tbody tr");
        assertThat(top.selectFirst("td.count").text()).isEqualTo("2");
    }

    @Test
    void aDossierOfExactlyOneVolumeKeepsTheWholeBookOnOnePage() {
        Map<String, String> atTheSize = render(new AnalystViews(3));

        assertThat(atTheSize).doesNotContainKey("briefing--2.html").isEqualTo(render());
    }

    @Test
    void aDossierLongerThanAVolumeContinuesInLaterVolumes() {
        assertThat(render(new AnalystViews(2)).keySet()).filteredOn(p -> p.startsWith("briefing"))
                .containsExactly("briefing--2.html", "briefing.html");
        assertThat(render(new AnalystViews(1)).keySet()).filteredOn(p -> p.startsWith("briefing"))
                .containsExactly("briefing--2.html", "briefing--3.html", "briefing.html");
    }

    @Test
    void theFirstVolumeLinksToTheLedgerAndTimelineInsteadOfHoldingThem() {
        Document briefing = Jsoup.parse(render(new AnalystViews(2)).get("briefing.html"));

        assertThat(briefing.select("#figures, #timeline, td.sentence")).isEmpty();
        assertThat(briefing.select(".toc > p a").eachAttr("href")).containsExactly("figures.html", "timeline.html");
        assertThat(briefing.select(".toc > ol > li > a").eachAttr("href"))
                .containsExactly("#key-entities", "figures.html", "timeline.html");
        assertThat(briefing.selectFirst(".cover .volume").text()).isEqualTo("Volume 1 of 2");
        assertThat(briefing.select("article.page-break").eachAttr("id")).containsExactly("article-st", "article-dh");
        assertThat(briefing.select("nav.pagination a[rel=next]").eachAttr("href")).containsExactly("briefing--2.html");
    }

    @Test
    void theContentsLinkAnArticleOfTheSecondVolumeIntoItsPage() {
        Map<String, String> files = render(new AnalystViews(2));
        Document first = Jsoup.parse(files.get("briefing.html"));
        Document second = Jsoup.parse(files.get("briefing--2.html"));

        Element entry = first.select(".toc li").stream()
                .filter(li -> li.ownText().startsWith(": article 3")).findFirst().orElseThrow();
        assertThat(entry.select("a").eachAttr("href")).containsExactly("briefing--2.html", "briefing--2.html#article-voa");
        assertThat(second.select("#article-voa")).hasSize(1);
        assertThat(second.select("#article-voa-p1")).hasSize(1);
        assertThat(second.select("article.page-break")).hasSize(1);
    }

    @Test
    void aLaterVolumeSaysWhichItIsAndLinksBackAndOn() {
        Map<String, String> files = render(new AnalystViews(1));
        Document middle = Jsoup.parse(files.get("briefing--2.html"));
        Document last = Jsoup.parse(files.get("briefing--3.html"));

        assertThat(middle.selectFirst("title").text()).startsWith("Briefing book, volume 2");
        assertThat(middle.selectFirst(".cover .volume").text()).isEqualTo("Volume 2 of 3");
        assertThat(middle.selectFirst(".cover .count").text()).isEqualTo("Article 2 of 3");
        assertThat(middle.selectFirst(".cover .range").text()).isEqualTo("6 November 2024");
        assertThat(middle.select("a[rel=prev]").eachAttr("href")).containsExactly("briefing.html");
        assertThat(middle.select("a[rel=next]").eachAttr("href")).containsOnly("briefing--3.html");
        assertThat(middle.select(".toc a").eachAttr("href")).containsExactly("#article-dh");
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select("a[rel=prev]").eachAttr("href")).containsExactly("briefing--2.html");
        assertThat(last.selectFirst(".cover .range").text()).isEqualTo("Articles not dated");
    }

    @Test
    void everyVolumeHasUniqueIdsAndRendersTheSameBytesTwice() {
        Map<String, String> files = render(new AnalystViews(1));
        assertThat(files).isEqualTo(render(new AnalystViews(1)));
        for (String page : List.of("briefing.html", "briefing--2.html", "briefing--3.html")) {
            Set<String> ids = new HashSet<>();
            for (Element element : Jsoup.parse(files.get(page)).select("[id]")) {
                assertThat(ids.add(element.id())).as("id %s is unique in %s", element.id(), page).isTrue();
            }
        }
    }

    @Test
    void aTimelineThatFitsOnePageHasNoPageLinks() {
        Map<String, String> files = render();

        assertThat(files).doesNotContainKey("timeline--2.html");
        assertThat(Jsoup.parse(files.get("timeline.html")).select("nav.pagination")).isEmpty();
    }

    @Test
    void aLongTimelineContinuesOnLaterPagesWithEveryEventOnceInOrder() {
        List<String> whole = events(render().get("timeline.html"));
        // Two events a page make at least three pages of this timeline.
        assertThat(whole).hasSizeGreaterThan(4);

        Map<String, String> files = render(new AnalystViews(BriefingVolumes.ARTICLES_PER_VOLUME, 2, LedgerView.FIGURES_PER_PAGE));
        List<String> pages = timelinePages(files);

        assertThat(pages).hasSize((whole.size() + 1) / 2);
        assertThat(pages).allSatisfy(page -> assertThat(events(files.get(page))).hasSizeBetween(1, 2));
        assertThat(pages.stream().flatMap(page -> events(files.get(page)).stream()).toList()).isEqualTo(whole);
    }

    @Test
    void everyPeriodLinkOfEveryTimelinePageLeadsToItsSection() {
        int periods = Jsoup.parse(render().get("timeline.html")).select("nav.periods a").size();
        Map<String, String> files = render(new AnalystViews(BriefingVolumes.ARTICLES_PER_VOLUME, 2, LedgerView.FIGURES_PER_PAGE));

        for (String page : timelinePages(files)) {
            List<String> hrefs = Jsoup.parse(files.get(page)).select("nav.periods a").eachAttr("href");
            assertThat(hrefs).as(page).hasSize(periods);
            for (String href : hrefs) {
                String target = href.startsWith("#") ? page : href.substring(0, href.indexOf('#'));
                assertThat(files).as("%s on %s", href, page).containsKey(target);
                assertThat(Jsoup.parse(files.get(target)).getElementById(href.substring(href.indexOf('#') + 1)))
                        .as("%s on %s", href, page).isNotNull();
            }
        }
    }

    @Test
    void timelinePagesLinkBackAndOnAndHeadAPeriodAgainAfterABreak() {
        // One event a page: a period of several events runs over page breaks.
        assertThat(Jsoup.parse(render().get("timeline.html")).select("section.period"))
                .anySatisfy(period -> assertThat(period.select("li.event")).hasSizeGreaterThan(1));
        Map<String, String> files = render(new AnalystViews(BriefingVolumes.ARTICLES_PER_VOLUME, 1, LedgerView.FIGURES_PER_PAGE));
        List<String> pages = timelinePages(files);
        Document second = Jsoup.parse(files.get(pages.get(1)));
        Document last = Jsoup.parse(files.get(pages.get(pages.size() - 1)));

        assertThat(second.selectFirst("title").text()).startsWith("Timeline, page 2");
        assertThat(second.select("a[rel=prev]").eachAttr("href")).containsOnly("timeline.html");
        assertThat(last.select("a[rel=next]")).isEmpty();
        int continued = 0;
        for (int i = 1; i < pages.size(); i++) {
            Element before = Jsoup.parse(files.get(pages.get(i - 1))).select("section.period").last();
            Element first = Jsoup.parse(files.get(pages.get(i))).selectFirst("section.period");
            if (before != null && first != null && before.id().equals(first.id())) {
                assertThat(first.selectFirst("h2").text()).isEqualTo(before.selectFirst("h2").text().replace(", continued", "") + ", continued");
                continued++;
            }
        }
        assertThat(continued).as("a period runs over a page break").isPositive();
    }

    @Test
    void aLedgerThatFitsOnePageHasNoPageLinks() {
        Map<String, String> files = render();

        assertThat(files).doesNotContainKey("figures--2.html");
        assertThat(Jsoup.parse(files.get("figures.html")).select("nav.pagination")).isEmpty();
    }

    /** The lead sentences of a timeline page's events, in order. */
    private static List<String> events(String html) {
        return Jsoup.parse(html).select("li.event blockquote").eachText();
    }

    /** The timeline's pages, in order. */
    private static List<String> timelinePages(Map<String, String> files) {
        List<String> pages = new ArrayList<>();
        for (int n = 1; files.containsKey(Pagination.path("timeline.html", n)); n++) {
            pages.add(Pagination.path("timeline.html", n));
        }
        return pages;
    }
}
