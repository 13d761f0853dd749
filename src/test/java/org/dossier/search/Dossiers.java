package org.dossier.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.Block;

/** A small linked dossier for tests: two articles and a person named in both. */
public final class Dossiers {

    private Dossiers() {}

    /** Two articles, one dated and one not, and a person named in both. */
    public static LinkedDossier small(DossierConfig config) {
        Article first = article("a.md", "Talks in \"Geneva\" <resume>", Optional.of("Envoys met again."), Optional.of("Jane Roe"),
                Optional.of("Daily Wire"), Optional.of(LocalDate.of(2025, 3, 14)));
        Article second = article("b.txt", "Sanctions & trade", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        LinkedArticle talks = new LinkedArticle("talks", first, "<p id=\"p1\">Sergei Lavrov spoke.</p>",
                List.of(new Block("p1", false, "Sergei Lavrov spoke.")), List.of());
        LinkedArticle sanctions = new LinkedArticle("sanctions", second, "<p id=\"p1\">Lavrov denied it.</p>",
                List.of(new Block("p1", false, "Lavrov denied it."), new Block("p2", false, " ")), List.of());
        Entity lavrov = new Entity("person/sergei-lavrov", EntityKind.PERSON, "Sergei Lavrov",
                new TreeSet<>(List.of("Lavrov", "Sergei Lavrov")),
                List.of(mention("sanctions", "Lavrov"), mention("talks", "Sergei Lavrov")),
                Optional.empty(), Optional.empty());
        return new LinkedDossier(config, List.of(talks, sanctions), new EntityCatalog(List.of(lavrov)));
    }

    private static Mention mention(String article, String text) {
        return new Mention(article, new Span("p1", 0, text.length(), text), "test", text);
    }

    private static Article article(String file, String title, Optional<String> standfirst, Optional<String> author,
            Optional<String> source, Optional<LocalDate> published) {
        return new Article(file, title, standfirst, author, source, published, Optional.empty(), List.of(), Map.of(), "body", Map.of());
    }
}
