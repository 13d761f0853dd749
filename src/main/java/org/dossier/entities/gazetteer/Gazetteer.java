package org.dossier.entities.gazetteer;

import java.util.List;

/**
 * Finds the countries (names, official and short forms, abbreviations, demonyms, historical
 * states) and places (capitals and other places) named in a text, from vendored data sets.
 *
 * <p>Immutable and thread-safe: load once and share.
 */
public final class Gazetteer {

    private Gazetteer() {}

    /** The gazetteer built from the data packed with Dossier. */
    public static Gazetteer load() {
        return new Gazetteer();
    }

    /** Every gazetteer name in {@code text}, longest match first, left to right, not overlapping. */
    public List<GazetteerMatch> find(String text) {
        return List.of();
    }
}
