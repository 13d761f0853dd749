package org.dossier.entities.gazetteer;

import java.util.List;

/**
 * A place of the vendored {@code places.tsv}: a capital (world-countries), a city of at least
 * 100,000 inhabitants or a first-level region (GeoNames), one per name, ambiguous names left out.
 *
 * @param name the name as written in the data
 * @param cca2 the ISO 3166-1 alpha-2 code of its country
 * @param type {@code capital}, {@code city} or {@code region}
 * @param canonical the name this one is another form of ({@code Washington D.C.} for
 *     {@code Washington}), or the name itself
 */
record PlaceRow(String name, String cca2, String type, String canonical) {

    /** The places of the vendored data file, in its order. */
    static List<PlaceRow> load() {
        return DataFile.rows("places.tsv").stream()
                .map(row -> new PlaceRow(row.get(0), row.get(1), row.get(2), row.get(4).isEmpty() ? row.get(0) : row.get(4)))
                .toList();
    }

    /** Whether this place is a first-level region (a state, province, oblast...). */
    boolean isRegion() {
        return type.equals("region");
    }
}
