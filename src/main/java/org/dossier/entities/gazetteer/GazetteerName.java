package org.dossier.entities.gazetteer;

import java.util.Optional;
import java.util.Set;
import org.dossier.entities.EntityKind;

/**
 * One written form of a country or place, as the gazetteer knows it.
 *
 * @param surface the form as written in the data or derived from it, e.g. {@code U.S.}
 * @param kind {@link EntityKind#COUNTRY} or {@link EntityKind#PLACE}
 * @param name the canonical name, e.g. {@code United States}
 * @param country for a place, the canonical name of its country
 * @param evidence what this form is and which data it comes from
 * @param caveats why this form needs its context checked, beyond what every form gets
 */
record GazetteerName(
        String surface,
        EntityKind kind,
        String name,
        Optional<String> country,
        String evidence,
        Set<Caveat> caveats) {

    GazetteerName {
        caveats = Set.copyOf(caveats);
    }

    /** The match of this name over {@code [start, end)} of {@code text}. */
    GazetteerMatch at(String text, int start, int end) {
        return new GazetteerMatch(start, end, text.substring(start, end), kind, name, country, evidence);
    }
}
