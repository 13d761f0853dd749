package org.dossier.render;

import java.util.List;

/**
 * What {@code entity-index.mustache} reads: every entity of one kind.
 *
 * @param heading the kind's plural, e.g. {@code People}
 * @param summary e.g. {@code 12 people named across the dossier, most named first.}
 * @param entries the entities, most named first, then by name
 */
public record IndexView(String heading, String summary, List<EntityLink> entries) {

    public IndexView {
        entries = List.copyOf(entries);
    }
}
