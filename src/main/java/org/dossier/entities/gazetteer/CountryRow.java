package org.dossier.entities.gazetteer;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A country of the vendored {@code countries.tsv} (trimmed from world-countries).
 *
 * @param cca2 the ISO 3166-1 alpha-2 code
 * @param common the common English name, the canonical name
 * @param official the official English name
 * @param independent whether the country is an independent state
 * @param demonym the English demonym, or empty
 * @param caveats whether the common name is also a first name or a US state
 * @param altSpellings alternative spellings and abbreviations
 */
record CountryRow(
        String cca2,
        String common,
        String official,
        boolean independent,
        String demonym,
        Set<Caveat> caveats,
        List<String> altSpellings) {

    /** The countries of the vendored data file, in its order. */
    static List<CountryRow> load() {
        return DataFile.rows("countries.tsv").stream().map(CountryRow::of).toList();
    }

    private static Set<Caveat> caveats(String flags) {
        Set<Caveat> caveats = EnumSet.noneOf(Caveat.class);
        if (flags.contains("first-name")) {
            caveats.add(Caveat.FIRST_NAME);
        }
        if (flags.contains("us-state")) {
            caveats.add(Caveat.US_STATE);
        }
        return caveats;
    }

    private static CountryRow of(List<String> row) {
        List<String> alt = row.get(8).isEmpty() ? List.of() : Arrays.asList(row.get(8).split("\\|"));
        return new CountryRow(
                row.get(0),
                row.get(2),
                row.get(3),
                Boolean.parseBoolean(row.get(4)),
                row.get(6),
                caveats(row.get(7)),
                List.copyOf(alt));
    }
}
