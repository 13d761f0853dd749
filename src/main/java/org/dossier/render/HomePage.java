package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.entities.EntityKind;
import org.dossier.link.LinkedDossier;

/** Builds the home page: an overview of the dossier and its articles, newest first. */
final class HomePage {

    static final String PATH = "index.html";

    HomeView view(LinkedDossier dossier) {
        List<HomeView.Count> overview = new ArrayList<>();
        overview.add(new HomeView.Count(dossier.articles().size(),
                dossier.articles().size() == 1 ? "article" : "articles", "#articles"));
        for (EntityKind kind : EntityKind.values()) {
            int count = dossier.catalog().ofKind(kind).size();
            overview.add(new HomeView.Count(count, KindWords.noun(count, kind), EntityIndexPage.path(kind)));
        }
        return new HomeView(dossier.config().title(), dossier.config().description().orElse(null), overview,
                ArticleSummary.of(dossier.articles(), ""));
    }
}
