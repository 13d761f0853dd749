package org.dossier.entities.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.entities.EntityKind;

/**
 * Regions written as a place and a region word: {@code Kursk region}, {@code Kyiv Oblast},
 * {@code Moscow region}, and, when the region word says so explicitly, an unknown name:
 * {@code Zaporizhzhia Oblast}.
 *
 * <p>A known place followed by a region word ({@code region}, {@code Oblast}, {@code province},
 * {@code Prefecture}, {@code Krai}, {@code Governorate}, {@code state}, either case) is the
 * first-level region of the same country named after it with a region word ({@code Kursk region}
 * is {@code Kursk Oblast}), or else a region named as written, with the region word capitalised
 * ({@code Kherson region} is {@code Kherson Region}): never the bare name, which is the city.
 * An unknown capitalised word followed by {@code Oblast}, {@code Krai}, {@code Prefecture} or
 * {@code Governorate} is a region of unknown country.
 */
final class RegionPatterns {

    private static final Set<String> REGION_WORDS = Set.of(
            "region", "oblast", "province", "prefecture", "krai", "kray", "governorate", "state");
    private static final Set<String> EXPLICIT_WORDS = Set.of("Oblast", "Krai", "Prefecture", "Governorate");

    /** First-level regions named with a region word, by country and the name before it: {@code Russia|Kursk} to {@code Kursk Oblast}. */
    private final Map<String, String> regions = new HashMap<>();

    RegionPatterns(Iterable<PlaceRow> places, Map<String, String> countryByCode) {
        for (PlaceRow place : places) {
            String country = countryByCode.get(place.cca2());
            String base = base(place.name());
            if (place.isRegion() && country != null && !base.equals(place.name())) {
                regions.putIfAbsent(country + "|" + base, place.name());
            }
        }
    }

    /** The region that {@code place} over {@code [start, end)} and a region word after it name, if any. */
    Optional<Found> extend(String text, List<Token> tokens, int start, int end, GazetteerName place) {
        if (place.kind() != EntityKind.PLACE || end >= tokens.size() || !isRegionWord(tokens.get(end))) {
            return Optional.empty();
        }
        Token word = tokens.get(end);
        String country = place.country().orElseThrow();
        String written = text.substring(tokens.get(start).start(), word.end());
        String region = regions.getOrDefault(country + "|" + base(place.surface()),
                place.surface() + " " + capitalise(word.text()));
        String evidence = "region '" + written + "' (" + region + ") in " + country + ": " + place.evidence()
                + ", followed by '" + word.text() + "'";
        GazetteerName name = new GazetteerName(written, EntityKind.PLACE, region, place.country(), evidence, Set.of());
        return Optional.of(new Found(end + 1, name));
    }

    /** An unknown capitalised word and an explicit region word at {@code start}: {@code Zaporizhzhia Oblast}. */
    Optional<Found> explicit(String text, List<Token> tokens, int start) {
        if (start + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token first = tokens.get(start);
        Token word = tokens.get(start + 1);
        // The cheapest tests first: this runs at nearly every word of a text.
        if (!first.isCapitalised() || !EXPLICIT_WORDS.contains(word.text()) || !word.spaceBefore()
                || word.lineBreakBefore() || first.text().length() < 3 || !MentionContext.isNameWord(first)) {
            return Optional.empty();
        }
        String written = text.substring(first.start(), word.end());
        GazetteerName name = new GazetteerName(written, EntityKind.PLACE, written, Optional.empty(),
                "region '" + written + "' (explicit '" + word.text() + "' after a name)", Set.of());
        return Optional.of(new Found(start + 2, name));
    }

    private static boolean isRegionWord(Token token) {
        return token.spaceBefore() && !token.lineBreakBefore() && token.isWord()
                && REGION_WORDS.contains(token.text().toLowerCase(Locale.ROOT))
                && (token.isCapitalised() || token.text().equals(token.text().toLowerCase(Locale.ROOT)));
    }

    /** {@code Kursk} from {@code Kursk Oblast}: the name without a trailing region word. */
    private static String base(String region) {
        int space = region.lastIndexOf(' ');
        return space > 0 && REGION_WORDS.contains(region.substring(space + 1).toLowerCase(Locale.ROOT))
                ? region.substring(0, space)
                : region;
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A form found by a pattern, ending before token {@code end}. */
    record Found(int end, GazetteerName name) {}
}
