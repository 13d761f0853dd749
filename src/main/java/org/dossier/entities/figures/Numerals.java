package org.dossier.entities.figures;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the value of a number as written: digits with thousands commas, number words from ten to
 * ninety-nine, and scale words ({@code million}, {@code bn}, {@code crore}).
 *
 * <p>Parsing never depends on the default locale: digits go through {@link BigDecimal}, which
 * reads only ASCII digits and a full stop.
 */
final class Numerals {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    /** Scale words written apart from the number: {@code 20 billion}, {@code 2,000 crore}. */
    private static final Map<String, BigDecimal> SCALE_WORDS = Map.ofEntries(
            Map.entry("hundred", new BigDecimal("1E2")), Map.entry("thousand", new BigDecimal("1E3")),
            Map.entry("million", new BigDecimal("1E6")), Map.entry("billion", new BigDecimal("1E9")),
            Map.entry("trillion", new BigDecimal("1E12")), Map.entry("lakh", new BigDecimal("1E5")),
            Map.entry("lakhs", new BigDecimal("1E5")), Map.entry("crore", new BigDecimal("1E7")),
            Map.entry("crores", new BigDecimal("1E7")), Map.entry("bn", new BigDecimal("1E9")),
            Map.entry("mn", new BigDecimal("1E6")), Map.entry("mln", new BigDecimal("1E6")),
            Map.entry("tn", new BigDecimal("1E12")), Map.entry("trn", new BigDecimal("1E12")));
    /** Scale abbreviations glued to the number: {@code 1.5m}, {@code $3bn}, {@code 50k}. */
    private static final Map<String, BigDecimal> GLUED_SCALES = Map.of(
            "k", new BigDecimal("1E3"), "m", new BigDecimal("1E6"), "mn", new BigDecimal("1E6"),
            "mln", new BigDecimal("1E6"), "b", new BigDecimal("1E9"), "bn", new BigDecimal("1E9"),
            "tn", new BigDecimal("1E12"), "trn", new BigDecimal("1E12"));

    /**
     * The letters number words start with, and their shortest and longest lengths: most words
     * start with another letter or are shorter ("to", "of") and need no look-up.
     */
    private static final BitSet FIRST_LETTERS = firstLetters();
    private static final int SHORTEST = Math.min(shortest(UNITS.keySet()), shortest(TENS.keySet()));
    private static final int LONGEST = longest(TENS.keySet()) + "-".length() + longest(UNITS.keySet());

    private Numerals() {}

    /** The value of digits such as {@code 12,500} or {@code 25.7}. */
    static BigDecimal digits(String written) {
        return new BigDecimal(written.replace(",", ""));
    }

    /** The value of a number word such as {@code thirty} or {@code twenty-five}, if it is one. */
    static Optional<Integer> word(String lower) {
        if (lower.length() < SHORTEST || lower.length() > LONGEST || !FIRST_LETTERS.get(lower.charAt(0))) {
            return Optional.empty();
        }
        Integer unit = UNITS.get(lower);
        if (unit != null) {
            return Optional.of(unit);
        }
        Integer tens = TENS.get(lower);
        if (tens != null) {
            return Optional.of(tens);
        }
        int hyphen = lower.indexOf('-');
        if (hyphen > 0) {
            Integer head = TENS.get(lower.substring(0, hyphen));
            Integer tail = UNITS.get(lower.substring(hyphen + 1));
            if (head != null && tail != null && tail < 10) {
                return Optional.of(head + tail);
            }
        }
        return Optional.empty();
    }

    /** The multiplier of a scale word written apart from its number, if {@code lower} is one. */
    static Optional<BigDecimal> scaleWord(String lower) {
        return Optional.ofNullable(SCALE_WORDS.get(lower));
    }

    /** The multiplier of a scale abbreviation glued to its number, if {@code lower} is one. */
    static Optional<BigDecimal> gluedScale(String lower) {
        return Optional.ofNullable(GLUED_SCALES.get(lower));
    }

    private static BitSet firstLetters() {
        BitSet letters = new BitSet();
        UNITS.keySet().forEach(word -> letters.set(word.charAt(0)));
        TENS.keySet().forEach(word -> letters.set(word.charAt(0)));
        return letters;
    }

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** {@code value} without trailing zeros or an exponent: {@code 2.0E10} becomes {@code 20000000000}. */
    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
