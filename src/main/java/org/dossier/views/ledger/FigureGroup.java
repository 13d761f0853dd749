package org.dossier.views.ledger;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Figures that measure the same thing, smallest value first.
 *
 * @param measure what they measure
 * @param rows the figures, by value then date then article
 */
public record FigureGroup(Measure measure, List<LedgerRow> rows) {

    /** Smallest value first; equal values by date, then title. */
    static final Comparator<LedgerRow> BY_VALUE = Comparator
            .comparing((LedgerRow r) -> r.facts().value())
            .thenComparing(r -> r.article().isoDate())
            .thenComparing(r -> r.article().title())
            .thenComparing(LedgerRow::figure);

    public FigureGroup {
        rows = rows.stream().sorted(BY_VALUE).toList();
    }

    /** The group's heading, e.g. {@code North Korean troops}. */
    public String label() {
        return measure.label();
    }

    /** Whether the group has two or more values to compare. */
    public boolean comparesValues() {
        return rows.size() >= 2;
    }

    /** The smallest figure. */
    public LedgerRow lowest() {
        return rows.get(0);
    }

    /** The largest figure. */
    public LedgerRow highest() {
        return rows.get(rows.size() - 1);
    }

    /**
     * The spread in words, e.g. {@code From more than 7,000 (Voice of America, citing the Defense
     * Intelligence of Ukraine) to 30,000 (Express): the highest is 4.3 times the lowest.}
     */
    public String spread() {
        LedgerRow low = lowest();
        LedgerRow high = highest();
        String from = "From " + low.shortValue() + " (" + low.citation() + ") to " + high.shortValue()
                + " (" + high.citation() + ")";
        if (low.facts().value().signum() <= 0) {
            return from + ".";
        }
        BigDecimal ratio = high.facts().value().divide(low.facts().value(), 1, java.math.RoundingMode.HALF_UP);
        return from + ": the highest is " + Amounts.grouped(ratio) + " times the lowest.";
    }
}
