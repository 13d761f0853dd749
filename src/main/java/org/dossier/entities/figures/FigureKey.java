package org.dossier.entities.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.entities.FigureFacts;

/**
 * The identity of a figure across articles: two articles that give the same value in the same
 * unit for the same counted thing name the same figure.
 *
 * <p>The counted thing is normalised to lower case with its head noun in the singular, without
 * leading determiners and words such as {@code more} or {@code additional}, so {@code 15,000 North
 * Korean troops} and {@code as many as 15,000 North Korean troops} share the key {@code
 * 15000|people|north korean troop}. Hedges and attributions are left out on purpose: they say how
 * sure a source is, not which figure it gives.
 *
 * @param value the normalised value, as a plain string ({@code 15000}, {@code 24500000000})
 * @param unit the unit
 * @param thing the normalised counted thing, possibly empty for money and percentages
 */
public record FigureKey(String value, String unit, String thing) {

    private static final Set<String> DROPPED = Set.of(
            "the", "a", "an", "more", "additional", "extra", "further", "other", "another", "some", "its", "their",
            "his", "her", "our");

    /** The key of {@code facts}. */
    public static FigureKey of(FigureFacts facts) {
        return new FigureKey(plain(facts.value()), facts.unit(), thing(facts.what()));
    }

    /** The value without exponent or trailing zeros, as in {@code 25700000000} or {@code 1.5}. */
    static String plain(BigDecimal value) {
        return Numerals.normalise(value).toPlainString();
    }

    private static String thing(String what) {
        List<String> words = new ArrayList<>();
        for (String word : what.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !(words.isEmpty() && DROPPED.contains(word))) {
                words.add(word);
            }
        }
        if (!words.isEmpty()) {
            int head = words.size() - 1;
            words.set(head, Words.measure(Words.singular(words.get(head))));
        }
        return String.join(" ", words);
    }

    /** The key as one string, {@code value|unit|thing}, for maps and slugs. */
    @Override
    public String toString() {
        return value + "|" + unit + "|" + thing;
    }
}
