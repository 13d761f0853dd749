package org.dossier.entities;

import java.util.List;
import org.dossier.diagnostic.Diagnostics;

/** The user's corrections to the entities found. */
public final class CurationRules {

    private CurationRules() {}

    /** No rules. */
    public static CurationRules none() {
        return new CurationRules();
    }

    List<Entity> apply(List<Entity> entities, List<ArticleFindings> findings, Diagnostics warnings) {
        return entities;
    }
}
