package org.dossier.entities.figures;

import java.util.Optional;
import java.util.Set;

/**
 * Ranges of amounts: {@code 10,000-12,000 troops}, {@code 10,000 to 12,000 troops}, {@code between
 * 10,000 and 12,000 troops}. A range is read as one figure at its upper bound, hedged {@code up to}
 * unless a hedge is written: the upper bound is the claim a reader repeats ("as many as 12,000").
 * Years ({@code 1950-53}, {@code 1997 to 2001}), descending pairs, scores ({@code 3-1}), amounts
 * of different kinds, the two levels of a change ({@code rose from 300 to 1,000}) and a change with
 * the level it reached ({@code fell 1.8% to 14.40}) are no ranges.
 */
final class Ranges {

    private static final Set<String> DASHES = Set.of("-", "\u2013");
    /** Verbs of a change, before "from X to Y": the two amounts are levels, not a range's bounds. */
    private static final Set<String> CHANGES = Set.of("rose", "fell", "grew", "increased", "decreased", "jumped",
            "dropped", "climbed", "surged", "soared", "declined", "slipped", "rising", "falling", "growing", "risen",
            "fallen", "grown", "up", "down", "raised", "lowered", "cut", "reduced", "increase", "rise", "fall");

    private Ranges() {}

    /**
     * Whether two amounts can bound one range: not a percentage and money ({@code fell 0.8 per
     * cent to €1.56tn} is a change and a level), nor money in two currencies. A bare bound takes
     * the other's unit ({@code 5 to 10%}).
     */
    private static boolean sameKind(Amount low, Amount high) {
        if (low.percent() && high.currency().isPresent() || low.currency().isPresent() && high.percent()) {
            return false;
        }
        return low.currency().isEmpty() || high.currency().isEmpty() || low.currency().equals(high.currency());
    }

    /**
     * The whole range whose lower bound is {@code low}, as one amount spanning both numbers with the
     * upper bound's value, if {@code low} opens a range.
     */
    static Optional<Amount> from(BlockTokens t, Amount low) {
        if (low.spelled() || low.yearLike(t)) {
            return Optional.empty();
        }
        int join = low.last() + 1;
        boolean dash = t.has(join) && DASHES.contains(t.get(join).text()) && t.glued(low.last()) && t.glued(join);
        // "rose from 300 to 1,000": a change from one level to another, not a range; "fell 1.8% to
        // 14.40", "rose by 5% to 10%": a change by an amount, then the level it reached.
        String before = t.lower(low.first() - 1);
        boolean to = t.lower(join).equals("to")
                && !(before.equals("from") && CHANGES.contains(t.lower(low.first() - 2)))
                && !CHANGES.contains(before) && !(before.equals("by") && CHANGES.contains(t.lower(low.first() - 2)));
        boolean between = t.lower(join).equals("and") && t.lower(low.first() - 1).equals("between");
        if (!(dash || to || between)) {
            return Optional.empty();
        }
        int upperFirst = join + 1;
        int number = upperFirst;
        while (number < upperFirst + 3 && t.has(number) && !t.get(number).isNumber()) {
            number++;
        }
        if (!t.has(number) || !t.get(number).isNumber()) {
            return Optional.empty();
        }
        Optional<Amount> read = AmountReader.at(t, number);
        if (read.isEmpty() || read.get().first() != upperFirst || read.get().yearLike(t)
                || read.get().value().compareTo(low.value()) <= 0 || !read.get().gluedLetters().isEmpty()) {
            return Optional.empty();
        }
        Amount high = read.get();
        if (!sameKind(low, high) || to && low.percent() && !high.percent()) {
            // "1.8% to 14.40": a percentage is not the lower bound of a bare number.
            return Optional.empty();
        }
        return Optional.of(new Amount(low.first(), high.number(), high.last(), high.value(),
                high.currency().or(low::currency), high.percent() || low.percent(), high.scaled(), false, ""));
    }
}
