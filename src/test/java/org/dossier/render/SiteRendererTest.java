package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.entities.Sentences;
import org.dossier.entities.Span;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class SiteRendererTest {

    @Test
    void renderingTwiceGivesTheSameBytes() {
        Map<String, byte[]> first = MemorySink.render(Fixture.dossier()).files();
        Map<String, byte[]> second = MemorySink.render(Fixture.dossier()).files();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, content) -> assertThat(second.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void theMachineLocaleChangesNothing() {
        Map<String, byte[]> expected = MemorySink.render(Fixture.dossier()).files();
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(locale);
                Map<String, byte[]> actual = MemorySink.render(Fixture.dossier()).files();
                expected.forEach((path, content) -> assertThat(actual.get(path)).as("%s in %s", path, locale).isEqualTo(content));
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void entityPagesListTheEventsThatNameThem() {
        EntityEvents events = (id, root, limit) -> id.equals("person/sergei-lavrov")
                ? new EntityEvents.Listed(List.of(Map.of("when", "16 November 2024", "isoDate", "2024-11-16",
                        "sentence", "Lavrov arrived.")), 1)
                : EntityEvents.NONE.of(id, root, limit);
        MemorySink sink = new MemorySink();
        new SiteRenderer(Templates.defaults()).render(Fixture.dossier(), sink, events);

        Document lavrov = Jsoup.parse(sink.text("people/sergei-lavrov.html"));
        assertThat(lavrov.select("section.timeline li.event blockquote").text()).isEqualTo("Lavrov arrived.");
        assertThat(lavrov.select("section.timeline time").attr("datetime")).isEqualTo("2024-11-16");
        assertThat(lavrov.select("link[rel=stylesheet]").eachAttr("href")).contains("../assets/views.css");
        assertThat(Jsoup.parse(sink.text("places/kursk.html")).select("section.timeline")).isEmpty();
    }

    @Test
    void theNotFoundPageAdmitsExactlyItsOwnStyle() throws NoSuchAlgorithmException {
        Document page = Jsoup.parse(MemorySink.render(Fixture.dossier()).text("404.html"));
        String css = page.selectFirst("head style").data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("style-src 'sha256-" + hash + "';")
                .doesNotContain("unsafe-inline");
        assertThat(page.select("link[rel=stylesheet], [style], script")).isEmpty();
        assertThat(page.select("a").attr("href")).isEqualTo("index.html");
    }

    @Test
    void theNotFoundPageLinksHomeByTheBaseUrl() {
        DossierConfig config = new DossierConfig("T", Optional.empty(), Optional.of("https://example.org/dossier/"), false);
        Document page = Jsoup.parse(MemorySink.render(Fixture.dossier(config, "A visit")).text("404.html"));
        assertThat(page.select("main a").attr("href")).isEqualTo("https://example.org/dossier/index.html");
    }

    @Test
    void anEntityInManyArticlesIsPaginated() {
        List<LinkedArticle> articles = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String id = String.format("article-%03d", i);
            String text = "Russia spoke on day " + i + ".";
            Article article = new Article(id + ".txt", "Day " + i, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), Map.of(), text, Map.of());
            articles.add(new LinkedArticle(id, article, "<p id=\"p1\">" + text + "</p>", List.of(new Block("p1", false, text)), List.of()));
            mentions.add(Fixture.mention(id, "p1", text, "Russia"));
        }
        Entity russia = new Entity("country/russia", EntityKind.COUNTRY, "Russia", new TreeSet<>(List.of("Russia")),
                mentions, Optional.empty(), Optional.empty());
        MemorySink site = MemorySink.render(new LinkedDossier(Fixture.config(false), articles, new EntityCatalog(List.of(russia))));

        assertThat(site.files().keySet()).contains("countries/russia.html", "countries/russia--2.html", "countries/russia--3.html")
                .doesNotContain("countries/russia--4.html");
        Document first = Jsoup.parse(site.text("countries/russia.html"));
        Document last = Jsoup.parse(site.text("countries/russia--3.html"));
        assertThat(first.select(".mentions > li")).hasSize(EntityPage.ARTICLES_PER_PAGE);
        assertThat(last.select(".mentions > li")).hasSize(20);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("../countries/russia--2.html");
        assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo("../countries/russia--2.html");
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.title()).startsWith("Russia, page 3 ");
    }

    @Test
    void anEntityGivenManyFiguresListsThoseInTheMostArticlesAndPointsToTheLedger() {
        List<LinkedArticle> articles = new ArrayList<>();
        List<Mention> russiaMentions = new ArrayList<>();
        Map<Integer, List<Mention>> figureMentions = new TreeMap<>();
        for (int a = 1; a <= 3; a++) {
            String id = "article-" + a;
            // The first article gives twenty figures; the others repeat the seventh.
            List<Integer> amounts = a == 1 ? IntStream.rangeClosed(1, 20).boxed().toList() : List.of(7);
            List<Block> blocks = new ArrayList<>();
            StringBuilder html = new StringBuilder();
            for (int amount : amounts) {
                String block = "p" + (blocks.size() + 1);
                String text = "Russia counted " + amount + " units.";
                blocks.add(new Block(block, false, text));
                html.append("<p id=\"").append(block).append("\">").append(text).append("</p>");
                russiaMentions.add(Fixture.mention(id, block, text, "Russia"));
                figureMentions.computeIfAbsent(amount, k -> new ArrayList<>()).add(Fixture.mention(id, block, text, amount + " units"));
            }
            Article article = new Article(id + ".txt", "Count " + a, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), Map.of(), "Text.", Map.of());
            articles.add(new LinkedArticle(id, article, html.toString(), blocks, List.of()));
        }
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("country/russia", EntityKind.COUNTRY, "Russia", new TreeSet<>(List.of("Russia")),
                russiaMentions, Optional.empty(), Optional.empty()));
        figureMentions.forEach((amount, mentions) -> entities.add(new Entity(String.format("figure/%02d-units", amount),
                EntityKind.FIGURE, amount + " units", new TreeSet<>(List.of(amount + " units")), mentions,
                Optional.empty(), Optional.empty())));
        Document page = Jsoup.parse(MemorySink.render(new LinkedDossier(Fixture.config(false), articles,
                new EntityCatalog(entities))).text("countries/russia.html"));

        Elements listed = page.select("section[aria-labelledby=figures-heading] li");
        assertThat(listed).hasSize(EntityPage.FIGURES);
        assertThat(listed.first().text()).isEqualTo("7 units 3 articles");
        assertThat(listed.get(1).text()).isEqualTo("1 units 1 article");
        Element more = page.selectFirst("section[aria-labelledby=figures-heading] .more a");
        assertThat(more.text()).isEqualTo((20 - EntityPage.FIGURES) + " more in the figures ledger");
        assertThat(more.attr("href")).isEqualTo("../figures.html");
    }

    @Test
    void aLongDossierSpreadsItsArticlesOverPages() {
        List<LinkedArticle> articles = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            Article article = new Article(i + ".txt", "Day " + i, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), Map.of(), "Text.", Map.of());
            articles.add(new LinkedArticle("day-" + i, article, "<p id=\"p1\">Text.</p>", List.of(), List.of()));
        }
        MemorySink site = MemorySink.render(new LinkedDossier(Fixture.config(false), articles, EntityCatalog.empty()));

        assertThat(site.files().keySet()).contains("index.html", "index--2.html", "index--3.html").doesNotContain("index--4.html");
        Document first = Jsoup.parse(site.text("index.html"));
        Document last = Jsoup.parse(site.text("index--3.html"));
        assertThat(first.select(".article-list > li")).hasSize(HomePage.ARTICLES_PER_PAGE);
        assertThat(first.select(".article-list > li a").first().text()).isEqualTo("Day 1");
        assertThat(last.select(".article-list > li")).hasSize(50);
        assertThat(last.select(".article-list > li a").first().text()).isEqualTo("Day 201");
        assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo("index--2.html");
        assertThat(last.title()).startsWith("Test dossier, page 3");
    }

    @Test
    void anArticleNamingAnEntityOftenIsQuotedBriefly() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            text.append("Russia acted on day ").append(i).append(". ");
        }
        String body = text.toString().strip();
        Article article = new Article("a.txt", "Many days", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Map.of(), body, Map.of());
        List<Mention> mentions = new ArrayList<>();
        for (int at = body.indexOf("Russia"); at >= 0; at = body.indexOf("Russia", at + 1)) {
            String sentence = Sentences.around(body, at);
            mentions.add(new Mention("many-days", new Span("p1", at, at + 6, "Russia"), "test", sentence));
        }
        Entity russia = new Entity("country/russia", EntityKind.COUNTRY, "Russia", new TreeSet<>(List.of("Russia")),
                mentions, Optional.empty(), Optional.empty());
        LinkedArticle linked = new LinkedArticle("many-days", article, "<p id=\"p1\">" + body + "</p>",
                List.of(new Block("p1", false, body)), List.of());
        Document page = Jsoup.parse(MemorySink.render(new LinkedDossier(Fixture.config(false), List.of(linked),
                new EntityCatalog(List.of(russia)))).text("countries/russia.html"));

        assertThat(page.select(".quotes li")).hasSize(EntityPage.QUOTES_PER_ARTICLE);
        assertThat(page.select(".quotes li").first().text()).startsWith("Russia acted on day 1. ");
        assertThat(page.select(".quotes li a.para").eachAttr("aria-label")).containsOnly("paragraph 1");
        assertThat(page.select(".more").text()).isEqualTo("3 more sentences in this article name it.");
    }

    @Test
    void theMentionIsMarkedInItsSentence() {
        Document page = Jsoup.parse(MemorySink.render(Fixture.dossier()).text("people/sergei-lavrov.html"));
        assertThat(page.select(".quotes mark").eachText()).containsExactly("Sergei Lavrov", "Lavrov");
        assertThat(page.select(".quotes a.para").eachAttr("href")).containsExactly(
                "../articles/lavrov-visits-kursk.html#p1", "../articles/troops-gather-near-kursk.html#p1");
    }

    @Test
    void aSentenceRepeatedInAnArticleIsQuotedOnce() {
        String sentence = "Moscow denied it.";
        Article article = new Article("a.txt", "Denial", Optional.of(sentence), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Map.of(), sentence, Map.of());
        LinkedArticle linked = new LinkedArticle("denial", article, "<p id=\"p1\">" + sentence + "</p>",
                List.of(new Block("p1", false, sentence)), List.of());
        Entity moscow = Fixture.entity("place/moscow", EntityKind.PLACE, "Moscow",
                Fixture.mention("denial", Span.STANDFIRST, sentence, "Moscow"),
                Fixture.mention("denial", "p1", sentence, "Moscow"));
        Document page = Jsoup.parse(MemorySink.render(new LinkedDossier(Fixture.config(false), List.of(linked),
                new EntityCatalog(List.of(moscow)))).text("places/moscow.html"));

        assertThat(page.select(".quotes li")).hasSize(1);
        assertThat(page.select(".quotes mark").eachText()).containsExactly("Moscow");
        assertThat(page.select(".quotes a.para").text()).isEqualTo("standfirst");
    }

    @Test
    void relatedArticlesSayWhy() {
        Document page = Jsoup.parse(MemorySink.render(Fixture.dossier()).text("articles/troops-gather-near-kursk.html"));
        assertThat(page.select(".related .reason").text()).isEqualTo("both name Sergei Lavrov, Kursk, Russia");
    }
}
