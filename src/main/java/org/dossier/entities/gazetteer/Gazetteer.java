package org.dossier.entities.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.entities.EntityKind;

/**
 * Finds the countries (names, official and short forms, abbreviations, demonyms, historical
 * states) and places (capitals and other places) named in a text, from vendored data sets.
 *
 * <p>Immutable and thread-safe: load once and share.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.load();
 * gazetteer.find("the U.S. delegation met North Korean officials in Pyongyang");
 * // U.S. -> country United States; North Korean -> country North Korea;
 * // Pyongyang -> place Pyongyang, country North Korea
 * }</pre>
 *
 * <p>Matching is case-sensitive and by whole words, longest form first, left to right, without
 * overlaps; {@link MentionContext} keeps out forms that are part of longer names
 * ({@code Jordan Peterson}, {@code Washington Post}), {@link NameTable} forms that several
 * countries share ({@code Congolese}), and {@link RegionPatterns} adds {@code Kursk region}.
 */
public final class Gazetteer {

    private final NameTrie trie;
    private final Set<String> ambiguous;
    private final MentionContext context;
    private final RegionPatterns regions;
    private final String unitedStates;

    private Gazetteer(NameTrie trie, Set<String> ambiguous, RegionPatterns regions, String unitedStates) {
        this.trie = trie;
        this.ambiguous = ambiguous;
        this.context = new MentionContext(trie);
        this.regions = regions;
        this.unitedStates = unitedStates;
    }

    /** The gazetteer built from the data packed with Dossier. */
    public static Gazetteer load() {
        List<CountryRow> countries = CountryRow.load();
        List<PlaceRow> places = PlaceRow.load();
        Map<String, String> countryByCode = new TreeMap<>();
        countries.forEach(country -> countryByCode.put(country.cca2(), country.common()));

        NameTable table = new NameTable();
        CountryNames.offerAll(countries, table);
        HistoricalStates.offerAll(table);
        PlaceNames.offerAll(places, countryByCode, table);
        return new Gazetteer(new NameTrie(table.settled()), Set.copyOf(table.ambiguous()),
                new RegionPatterns(places, countryByCode), countryByCode.get("US"));
    }

    /** Every gazetteer name in {@code text}, longest match first, left to right, not overlapping. */
    public List<GazetteerMatch> find(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<GazetteerMatch> matches = new ArrayList<>();
        int previousEnd = -1;
        int i = 0;
        while (i < tokens.size()) {
            Optional<RegionPatterns.Found> found = tokens.get(i).isWord()
                    ? matchAt(text, tokens, i, previousEnd)
                    : Optional.empty();
            if (found.isPresent()) {
                int end = found.get().end();
                GazetteerName name = asUsState(found.get().name(), matches, tokens, i, previousEnd);
                matches.add(name.at(text, tokens.get(i).start(), tokens.get(end - 1).end()));
                previousEnd = end;
                i = end;
            } else {
                i++;
            }
        }
        return List.copyOf(matches);
    }

    /**
     * {@code Georgia} in {@code Atlanta, Georgia} or in {@code Rep. Marjorie Taylor Greene of
     * Georgia}: a country that is also a US state names the state when it follows a US place and
     * a comma, or an American office holder's title, name and {@code of} ({@link UsOfficeHolder}).
     */
    private GazetteerName asUsState(GazetteerName name, List<GazetteerMatch> matches, List<Token> tokens, int start,
            int previousEnd) {
        if (!name.caveats().contains(Caveat.US_STATE)) {
            return name;
        }
        GazetteerMatch previous = matches.isEmpty() ? null : matches.get(matches.size() - 1);
        boolean afterUsPlace = previous != null
                && previous.country().filter(unitedStates::equals).isPresent()
                && previousEnd == start - 1
                && tokens.get(start - 1).text().equals(",");
        if (afterUsPlace) {
            return usState(name, "after a place of the United States and a comma");
        }
        if (UsOfficeHolder.before(tokens, start)) {
            return usState(name, "after an American title, a name and 'of'");
        }
        return name;
    }

    private GazetteerName usState(GazetteerName name, String why) {
        return new GazetteerName(name.surface(), EntityKind.PLACE, name.surface(), Optional.of(unitedStates),
                "US state '" + name.surface() + "' " + why + " (a US state in GeoNames first-level divisions)", Set.of());
    }

    private Optional<RegionPatterns.Found> matchAt(String text, List<Token> tokens, int start, int previousEnd) {
        List<NameTrie.Candidate> candidates = trie.startingAt(tokens, start);
        if (candidates.isEmpty()) {
            // Most words start no name: the words before one are read only when a region word follows it.
            Optional<RegionPatterns.Found> region = regions.explicit(text, tokens, start);
            return region.isPresent() && context.insideLongerName(tokens, start, previousEnd) ? Optional.empty() : region;
        }
        if (context.insideLongerName(tokens, start, previousEnd)) {
            return Optional.empty();
        }
        for (NameTrie.Candidate candidate : candidates) {
            Optional<RegionPatterns.Found> region = regions.extend(text, tokens, start, candidate.end(), candidate.name());
            if (region.isPresent()) {
                return region;
            }
            if (context.accepts(tokens, start, candidate.end(), candidate.name(), previousEnd)) {
                return Optional.of(new RegionPatterns.Found(candidate.end(), candidate.name()));
            }
        }
        return regions.explicit(text, tokens, start);
    }

    /**
     * The country or place that {@code name} is, written exactly as the gazetteer knows it
     * ({@code North Korea}, {@code North Korean}, {@code Kursk}, {@code U.S.}), or a region
     * pattern covering all of it ({@code Kursk region}). The context rules of {@link #find} do not
     * apply to an exact form: {@code lookup("Jordan")} is the country, for a caller to weigh.
     */
    public Optional<GazetteerMatch> lookup(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = Tokenizer.tokenize(trimmed);
        Optional<GazetteerMatch> exact = trie.exactly(tokens).map(found -> found.at(trimmed, 0, trimmed.length()));
        if (exact.isPresent()) {
            return exact;
        }
        return find(trimmed).stream()
                .filter(match -> match.start() == 0 && match.end() == trimmed.length())
                .findFirst();
    }

    /**
     * Whether {@code name} is a form that several countries or places share, and so names none
     * of them ({@code Congolese}, {@code Korea}): not a country the gazetteer reports, yet not a
     * person's name either.
     */
    public boolean isAmbiguousPlaceName(String name) {
        return ambiguous.contains(name.strip());
    }

    /** Whether {@code name} is known to the gazetteer, as a country, a place or an ambiguous form. */
    public boolean isGeographic(String name) {
        return lookup(name).isPresent() || isAmbiguousPlaceName(name);
    }
}
