package org.dossier.entities.gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.entities.EntityKind;

/**
 * Former states ({@code Soviet Union}, {@code USSR}, {@code South Vietnamese}...), from the
 * vendored {@code historical.tsv}: matched as countries, below every existing country.
 */
final class HistoricalStates {

    private HistoricalStates() {}

    /** Offers the names, aliases and demonyms of every former state to {@code table}. */
    static void offerAll(NameTable table) {
        for (List<String> row : DataFile.rows("historical.tsv")) {
            String name = row.get(0);
            String source = row.get(1).equals("-") ? "former sovereign states" : "ISO 3166-3 " + row.get(1);
            offer(table, name, name, "historical state '" + name + "' (" + source + ")");
            String capitals = name.toUpperCase(Locale.ROOT);
            offer(table, capitals, name, "historical state '" + capitals + "' (in capitals) (" + source + ")");
            for (String alias : split(row.get(2))) {
                offer(table, alias, name, "name '" + alias + "' of the historical state " + name + " (" + source + ")");
            }
            for (String demonym : split(row.get(3))) {
                offer(table, demonym, name,
                        "demonym '" + demonym + "' of the historical state " + name + " (" + source + ")");
            }
        }
    }

    private static void offer(NameTable table, String surface, String name, String evidence) {
        table.offer(new GazetteerName(surface, EntityKind.COUNTRY, name, Optional.empty(), evidence, Set.of()),
                NameTable.Tier.HISTORICAL_STATE);
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }
}
