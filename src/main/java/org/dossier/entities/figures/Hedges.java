package org.dossier.entities.figures;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hedge written before a number, read back to one of five normal forms.
 *
 * <p>Choices: {@code nearly}, {@code almost} and {@code close to} say the amount is approximate,
 * so they read as {@code about}; {@code at least}, {@code over} and {@code upwards of} read as
 * {@code more than}; {@code as much as} reads as {@code as many as}; {@code under}, {@code below}
 * and {@code less than} read as {@code fewer than}; {@code at most} and {@code a maximum of} read
 * as {@code up to}.
 */
final class Hedges {

    /** The normal forms, as they appear in {@code FigureFacts.hedge}. */
    static final String ABOUT = "about";
    static final String MORE_THAN = "more than";
    static final String AS_MANY_AS = "as many as";
    static final String UP_TO = "up to";
    static final String FEWER_THAN = "fewer than";

    /** A hedge as written and its normal form. */
    private record Phrase(List<String> words, String normal) {}

    /** Longest first, so {@code just over} wins over {@code over}. */
    private static final List<Phrase> PHRASES = Arrays.stream(new String[][] {
                {"about", ABOUT}, {"around", ABOUT}, {"roughly", ABOUT}, {"some", ABOUT}, {"approximately", ABOUT},
                {"approx.", ABOUT}, {"an estimated", ABOUT}, {"estimated", ABOUT}, {"nearly", ABOUT},
                {"almost", ABOUT}, {"close to", ABOUT}, {"circa", ABOUT}, {"an approximate", ABOUT},
                {"more than", MORE_THAN}, {"over", MORE_THAN}, {"just over", MORE_THAN}, {"at least", MORE_THAN},
                {"upwards of", MORE_THAN}, {"in excess of", MORE_THAN}, {"no fewer than", MORE_THAN},
                {"no less than", MORE_THAN}, {"well over", MORE_THAN}, {"above", MORE_THAN},
                {"as many as", AS_MANY_AS}, {"as much as", AS_MANY_AS}, {"as high as", AS_MANY_AS},
                {"up to", UP_TO}, {"at most", UP_TO}, {"a maximum of", UP_TO}, {"no more than", UP_TO},
                {"fewer than", FEWER_THAN}, {"less than", FEWER_THAN}, {"under", FEWER_THAN},
                {"just under", FEWER_THAN}, {"below", FEWER_THAN}})
            .map(p -> new Phrase(List.of(p[0].split(" ")), p[1]))
            .sorted(Comparator.comparingInt((Phrase p) -> -p.words().size()))
            .toList();

    /**
     * A hedge found before a number.
     *
     * @param firstToken the index of the hedge's first token
     * @param written the hedge as written
     * @param normal its normal form
     */
    record Found(int firstToken, String written, String normal) {}

    private Hedges() {}

    /** The hedge that ends just before token {@code first}, if any. */
    static Optional<Found> before(BlockTokens tokens, int first) {
        for (Phrase phrase : PHRASES) {
            int start = first - phrase.words().size();
            if (start >= 0 && tokens.wordsAt(start, phrase.words())) {
                return Optional.of(new Found(start, tokens.span(start, first - 1), phrase.normal()));
            }
        }
        return Optional.empty();
    }
}
