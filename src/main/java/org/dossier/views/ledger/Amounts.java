package org.dossier.views.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.entities.FigureFacts;

/**
 * Normalised amounts in words, the same on every machine: {@code 7,000 people}, {@code USD 20
 * billion}, {@code 40%}.
 */
public final class Amounts {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private Amounts() {}

    /** {@code value} in {@code unit}, e.g. {@code 7,000 people} or {@code USD 20 billion}. */
    public static String format(BigDecimal value, String unit) {
        if (unit.equals("percent")) {
            return grouped(value) + "%";
        }
        if (isCurrency(unit)) {
            return unit + " " + compact(value);
        }
        String noun = value.compareTo(BigDecimal.ONE) == 0 ? unit : plural(unit);
        return grouped(value) + " " + noun;
    }

    /** The figure's normalised amount with its alternatives: {@code USD 20 billion = SGD 25.7 billion}. */
    public static String format(FigureFacts facts) {
        String main = format(facts.value(), facts.unit());
        if (facts.alternatives().isEmpty()) {
            return main;
        }
        List<String> others = facts.alternatives().stream().map(a -> format(a.value(), a.unit())).toList();
        return main + " = " + others.stream().collect(Collectors.joining(" = "));
    }

    /** Whether {@code unit} is an ISO 4217 currency code. */
    public static boolean isCurrency(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** {@code 12,500} or {@code 25.7}: digits grouped by thousands, up to three decimals. */
    public static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** {@code 20 billion}, {@code 3.5 million}, or grouped digits below a million. */
    public static String compact(BigDecimal value) {
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(TRILLION) >= 0) {
            return scaled(value, TRILLION) + " trillion";
        }
        if (magnitude.compareTo(BILLION) >= 0) {
            return scaled(value, BILLION) + " billion";
        }
        if (magnitude.compareTo(MILLION) >= 0) {
            return scaled(value, MILLION) + " million";
        }
        return grouped(value);
    }

    /** A short label for a chart axis: {@code 10k}, {@code 2.5M}, {@code 1B}. */
    public static String tick(BigDecimal value) {
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(BILLION) >= 0) {
            return scaled(value, BILLION) + "B";
        }
        if (magnitude.compareTo(MILLION) >= 0) {
            return scaled(value, MILLION) + "M";
        }
        if (magnitude.compareTo(THOUSAND) >= 0) {
            return scaled(value, THOUSAND) + "k";
        }
        return grouped(value);
    }

    /** The plural of a lower-case English noun, by the regular rules. */
    public static String plural(String noun) {
        if (noun.isEmpty() || noun.equals("people") || noun.equals("personnel") || noun.endsWith("men")) {
            return noun;
        }
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.matches(".*(s|x|z|ch|sh)")) {
            return noun + "es";
        }
        return noun + "s";
    }

    private static String scaled(BigDecimal value, BigDecimal scale) {
        return grouped(value.divide(scale, 3, RoundingMode.HALF_UP));
    }
}
