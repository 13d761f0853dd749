package org.dossier.entities;

import java.util.List;
import org.dossier.entities.gazetteer.Gazetteer;
import org.dossier.entities.gazetteer.GazetteerMatch;

/**
 * Where the recogniser gets countries and places from: the {@link Gazetteer} in a build, a small
 * fixed table in a test.
 */
@FunctionalInterface
public interface GazetteerLookup {

    /** Every country or place name in {@code text}, left to right, not overlapping. */
    List<GazetteerMatch> find(String text);

    /** The lookup of the packed gazetteer. */
    static GazetteerLookup packed() {
        Gazetteer gazetteer = Gazetteer.load();
        return gazetteer::find;
    }
}
