package org.dossier.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.link.RelatedArticle;
import org.dossier.loader.Article;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.Block;

/** A small hand-made dossier: two articles, a few entities, one figure, one capital. */
final class Fixture {

    static final String VISIT = "lavrov-visits-kursk";
    static final String TROOPS = "troops-gather-near-kursk";

    private static final String VISIT_P1 = "Sergei Lavrov went to Kursk on Monday.";
    private static final String VISIT_P2 = "Russia said about 10,000 troops were there, officials in Moscow added.";
    private static final String TROOPS_P1 = "Lavrov said Russia would hold Kursk.";

    private Fixture() {}

    static DossierConfig config(boolean isPublic) {
        return new DossierConfig("Test dossier", Optional.of("Clippings for a test."), Optional.empty(), isPublic);
    }

    static LinkedDossier dossier() {
        return dossier(config(false), "Lavrov visits Kursk");
    }

    /** The dossier with the first article's title replaced, e.g. by a hostile one. */
    static LinkedDossier dossier(DossierConfig config, String visitTitle) {
        Article visit = new Article("visit.md", visitTitle, Optional.of("The foreign minister & his aides toured the region."),
                Optional.of("Jane Roe"), Optional.of("Example Times"), Optional.of(LocalDate.of(2024, 11, 16)),
                Optional.of("https://example.com/news/visit?id=1&src=x"), List.of("russia", "diplomacy"), Map.of(),
                VISIT_P1 + "\n\n" + VISIT_P2, Map.of());
        Article troops = new Article("troops.txt", "Troops gather near Kursk", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(), TROOPS_P1, Map.of());
        LinkedArticle visitLinked = new LinkedArticle(VISIT, visit,
                "<p id=\"p1\"><a href=\"../people/sergei-lavrov.html\">Sergei Lavrov</a> went to "
                        + "<a href=\"../places/kursk.html\">Kursk</a> on Monday.</p>\n"
                        + "<p id=\"p2\"><a href=\"../countries/russia.html\">Russia</a> said about 10,000 troops were there, "
                        + "officials in <a href=\"../places/moscow.html\">Moscow</a> added.</p>",
                List.of(new Block("p1", false, VISIT_P1), new Block("p2", false, VISIT_P2)),
                List.of(new RelatedArticle(TROOPS, 2.5, List.of("person/sergei-lavrov", "place/kursk", "country/russia"))));
        LinkedArticle troopsLinked = new LinkedArticle(TROOPS, troops,
                "<p id=\"p1\"><a href=\"../people/sergei-lavrov.html\">Lavrov</a> said Russia would hold Kursk.</p>",
                List.of(new Block("p1", false, TROOPS_P1)),
                List.of(new RelatedArticle(VISIT, 2.5, List.of("person/sergei-lavrov", "place/kursk", "country/russia"))));
        return new LinkedDossier(config, List.of(visitLinked, troopsLinked), catalog(visitTitle));
    }

    private static EntityCatalog catalog(String visitTitle) {
        List<Entity> entities = new ArrayList<>();
        entities.add(entity("person/sergei-lavrov", EntityKind.PERSON, "Sergei Lavrov",
                mention(VISIT, "p1", VISIT_P1, "Sergei Lavrov"),
                mention(TROOPS, "p1", TROOPS_P1, "Lavrov")));
        List<Mention> kurskMentions = new ArrayList<>(List.of(
                mention(VISIT, "p1", VISIT_P1, "Kursk"),
                mention(TROOPS, Span.TITLE, "Troops gather near Kursk", "Kursk"),
                mention(TROOPS, "p1", TROOPS_P1, "Kursk")));
        if (visitTitle.contains("Kursk")) {
            kurskMentions.add(0, mention(VISIT, Span.TITLE, visitTitle, "Kursk"));
        }
        entities.add(entity("place/kursk", EntityKind.PLACE, "Kursk", kurskMentions.toArray(Mention[]::new)));
        entities.add(entity("country/russia", EntityKind.COUNTRY, "Russia",
                mention(VISIT, "p2", VISIT_P2, "Russia"),
                mention(TROOPS, "p1", TROOPS_P1, "Russia")));
        entities.add(new Entity("place/moscow", EntityKind.PLACE, "Moscow", new TreeSet<>(List.of("Moscow")),
                List.of(mention(VISIT, "p2", VISIT_P2, "Moscow")), Optional.empty(), Optional.of("country/russia")));
        entities.add(new Entity("figure/10000-troops", EntityKind.FIGURE, "about 10,000 troops",
                new TreeSet<>(List.of("about 10,000 troops")),
                List.of(mention(VISIT, "p2", VISIT_P2, "about 10,000 troops")),
                Optional.of(new FigureFacts(new BigDecimal("10000"), "people", "troops", Optional.of("about"),
                        Optional.of("Russia"), List.of())),
                Optional.empty()));
        entities.add(new Entity("figure/us-20-billion", EntityKind.FIGURE, "US$20 billion",
                new TreeSet<>(List.of("US$20 billion")),
                List.of(),
                Optional.of(new FigureFacts(new BigDecimal("2E+10"), "USD", "aid", Optional.empty(),
                        Optional.empty(), List.of(new FigureFacts.Amount(new BigDecimal("25700000000.0"), "SGD")))),
                Optional.empty()));
        return new EntityCatalog(entities);
    }

    static Entity entity(String id, EntityKind kind, String name, Mention... mentions) {
        TreeSet<String> aliases = new TreeSet<>();
        for (Mention mention : mentions) {
            aliases.add(mention.span().text());
        }
        return new Entity(id, kind, name, aliases, List.of(mentions), Optional.empty(), Optional.empty());
    }

    /** A mention of the first occurrence of {@code text} in the block {@code blockText}. */
    static Mention mention(String article, String block, String blockText, String text) {
        int start = blockText.indexOf(text);
        return new Mention(article, new Span(block, start, start + text.length(), text), "test", blockText);
    }
}
