package org.dossier.entities.figures;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.entities.FigureFacts;

/**
 * Readable names for figures, the same whatever the default locale: {@code 15,000 North Korean
 * troops}, {@code USD 20 billion (cash or goods)}, {@code 40% (Russia's ammunition)}.
 */
public final class FigureNames {

    private static final BigDecimal MILLION = new BigDecimal("1E6");
    /** Scale words for large amounts, largest first. */
    private static final List<Map.Entry<BigDecimal, String>> SCALES = List.of(
            Map.entry(new BigDecimal("1E12"), "trillion"), Map.entry(new BigDecimal("1E9"), "billion"),
            Map.entry(MILLION, "million"));

    private FigureNames() {}

    /** The readable name of the figure {@code facts} describe. */
    public static String name(FigureFacts facts) {
        String unit = facts.unit();
        String what = facts.what();
        if (unit.equals(CountedThing.PERCENT)) {
            return withWhat(grouped(facts.value()) + "%", what);
        }
        if (isCurrency(unit)) {
            return withWhat(unit + " " + scaled(facts.value()), what);
        }
        String count = facts.value().compareTo(MILLION) >= 0 ? scaled(facts.value()) : grouped(facts.value());
        return what.isEmpty() ? count + " " + unit : count + " " + what;
    }

    private static String withWhat(String amount, String what) {
        return what.isEmpty() ? amount : amount + " (" + what + ")";
    }

    private static boolean isCurrency(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** {@code 24500000000} as {@code 24.5 billion}; amounts under a million with thousands commas. */
    static String scaled(BigDecimal value) {
        for (Map.Entry<BigDecimal, String> scale : SCALES) {
            if (value.abs().compareTo(scale.getKey()) >= 0) {
                return grouped(value.divide(scale.getKey())) + " " + scale.getValue();
            }
        }
        return grouped(value);
    }

    /** {@code 15000} as {@code 15,000}, with a full stop for decimals, whatever the default locale. */
    static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
