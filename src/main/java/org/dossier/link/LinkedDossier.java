package org.dossier.link;

import java.util.List;
import java.util.Optional;
import org.dossier.entities.EntityCatalog;
import org.dossier.loader.DossierConfig;

/**
 * The whole dossier after linking: what the renderer turns into pages.
 *
 * @param config the dossier's settings
 * @param articles the articles, newest first, undated ones last by title
 * @param catalog every entity
 */
public record LinkedDossier(DossierConfig config, List<LinkedArticle> articles, EntityCatalog catalog) {

    public LinkedDossier {
        articles = List.copyOf(articles);
    }

    /**
     * The entities named together in this dossier's articles, for entity pages and the
     * connections page. Builds the index on each call: call it once per build.
     */
    public CoMentions coMentions() {
        return CoMentions.of(articles.stream().map(LinkedArticle::id).toList(), catalog);
    }

    /** The article with this id. */
    public Optional<LinkedArticle> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
