package org.dossier.entities;

import java.util.Optional;

/**
 * A finding resolved to one entity of the dossier.
 *
 * @param article the article id
 * @param order the article's position in the dossier
 * @param kind the entity's kind
 * @param key what identifies the entity within its kind before it has an id (a person cluster, a
 *     normalised organisation name, a gazetteer name)
 * @param finding where it stands
 * @param evidence why this span is this entity
 * @param country for a place, the country it is in, if known
 * @param canonical the canonical name a data set gives (gazetteer names), if any
 */
record Resolved(
        String article, int order, EntityKind kind, String key, Finding finding, String evidence, Optional<String> country,
        Optional<String> canonical) {

    /** Keeps one string for each distinct evidence text, as {@link Finding} does. */
    Resolved {
        evidence = evidence.intern();
    }
}
