package org.dossier.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes figures' amounts for readers: {@code 20,000,000,000 (20 billion)}. */
final class Amounts {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private Amounts() {}

    /** The amount with thousands separators, and in words of millions and up when that is shorter. */
    static String format(BigDecimal value) {
        String digits = grouped(value);
        BigDecimal size = value.abs();
        if (size.compareTo(TRILLION) >= 0) {
            return digits + " (" + scaled(value, TRILLION) + " trillion)";
        }
        if (size.compareTo(BILLION) >= 0) {
            return digits + " (" + scaled(value, BILLION) + " billion)";
        }
        if (size.compareTo(MILLION) >= 0) {
            return digits + " (" + scaled(value, MILLION) + " million)";
        }
        return digits;
    }

    /** The amount in its unit, e.g. {@code 25.7 billion SGD}. */
    static String withUnit(BigDecimal value, String unit) {
        BigDecimal size = value.abs();
        String amount;
        if (size.compareTo(TRILLION) >= 0) {
            amount = scaled(value, TRILLION) + " trillion";
        } else if (size.compareTo(BILLION) >= 0) {
            amount = scaled(value, BILLION) + " billion";
        } else if (size.compareTo(MILLION) >= 0) {
            amount = scaled(value, MILLION) + " million";
        } else {
            amount = grouped(value);
        }
        return amount + " " + unit;
    }

    private static String scaled(BigDecimal value, BigDecimal scale) {
        return grouped(value.divide(scale));
    }

    /** A new format each time: DecimalFormat is not thread-safe. */
    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
