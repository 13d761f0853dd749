package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.entities.EntityKind;
import org.dossier.link.LinkedDossier;

/**
 * Builds the home page: an overview of the dossier, its articles newest first, and the entities
 * named most often.
 */
final class HomePage {

    static final String PATH = "index.html";
    /** The entities of each kind the home page lists. */
    static final int MOST_NAMED = 5;

    private final DossierIndex index;

    HomePage(DossierIndex index) {
        this.index = index;
    }

    HomeView view() {
        LinkedDossier dossier = index.dossier();
        List<HomeView.Count> overview = new ArrayList<>();
        overview.add(new HomeView.Count(dossier.articles().size(),
                dossier.articles().size() == 1 ? "article" : "articles", "#articles"));
        for (EntityKind kind : EntityKind.values()) {
            int count = dossier.catalog().ofKind(kind).size();
            overview.add(new HomeView.Count(count, KindWords.noun(count, kind), EntityIndexPage.path(kind)));
        }
        return new HomeView(dossier.config().title(), dossier.config().description().orElse(null), overview,
                ArticleSummary.of(dossier.articles(), ""), mostNamed());
    }

    private List<HomeView.Leaders> mostNamed() {
        List<HomeView.Leaders> leaders = new ArrayList<>();
        for (EntityKind kind : SiteRenderer.INDEXED) {
            List<EntityLink> top = index.ranked(kind).stream()
                    .filter(e -> e.getValue() > 0)
                    .limit(MOST_NAMED)
                    .map(e -> new EntityLink(e.getKey().name(), e.getKey().url(), EntityPage.plural(e.getValue(), "article")))
                    .toList();
            if (!top.isEmpty()) {
                leaders.add(new HomeView.Leaders(kind.plural(), EntityIndexPage.path(kind), top));
            }
        }
        return leaders;
    }
}
