package org.dossier.render;

import java.util.Locale;
import org.dossier.entities.EntityKind;

/** Builds the index page of one kind of entity: {@code people.html}, {@code countries.html}, ... */
final class EntityIndexPage {

    private final DossierIndex index;

    EntityIndexPage(DossierIndex index) {
        this.index = index;
    }

    /** The page's path: the kind's folder name at the root. */
    static String path(EntityKind kind) {
        return kind.folder() + ".html";
    }

    IndexView view(EntityKind kind) {
        var ranked = index.ranked(kind);
        String summary = ranked.isEmpty()
                ? "No " + kind.plural().toLowerCase(Locale.ROOT) + " found in the articles."
                : KindWords.count(ranked.size(), kind) + " named in the articles, the most often named first.";
        return new IndexView(kind.plural(), summary, ranked.stream()
                .map(e -> EntityLink.counted(e, ""))
                .toList());
    }
}
