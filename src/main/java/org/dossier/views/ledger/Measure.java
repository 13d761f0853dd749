package org.dossier.views.ledger;

import java.util.Locale;

/**
 * What a figure measures: the unit, the counted thing and whose it is. Figures with equal measures
 * are estimates of the same quantity and share a group in the ledger.
 *
 * @param unit the normalised unit ({@code people}, {@code USD}, {@code percent}, a noun)
 * @param thing the counted thing, lower case and singular, with synonyms folded
 *     ({@code soldiers}, {@code forces} and {@code troops} are all {@code troop}); empty when the
 *     figure does not say
 * @param qualifier whose the thing is, as written ({@code North Korean}); empty when not said
 * @param casualties whether the figure counts losses (killed, wounded, captured) rather than
 *     strength
 */
public record Measure(String unit, String thing, String qualifier, boolean casualties) {

    /** Whether the figure says what it counts. */
    public boolean namesThing() {
        return !thing.isEmpty();
    }

    /**
     * Whether the figure says enough to be compared with others: what it counts, and for counts of
     * people also whose they are (two armies' soldiers are different quantities).
     */
    public boolean comparable() {
        return namesThing() && (!unit.equals("people") || !qualifier.isEmpty());
    }

    /** The same measure with another qualifier. */
    public Measure withQualifier(String newQualifier) {
        return new Measure(unit, thing, newQualifier, casualties);
    }

    /** A key that equal measures share, case-insensitive in the qualifier. */
    public String key() {
        return unit + "|" + thing + "|" + qualifier.toLowerCase(Locale.ROOT) + "|" + casualties;
    }

    /** The measure in words, e.g. {@code North Korean troops} or {@code North Korean troops lost}. */
    public String label() {
        boolean counted = unit.equals("people") || unit.equals(thing);
        String noun = counted ? Amounts.plural(thing) : thing;
        String named = qualifier.isEmpty() ? capitalise(noun) : qualifier + " " + noun;
        return casualties ? named + " killed, wounded or captured" : named;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
