package org.dossier.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a figure says: its normalised amount and what it counts.
 *
 * @param value the normalised value ({@code US$20 billion} is 20000000000)
 * @param unit {@code people}, an ISO 4217 code, {@code percent}, or the counted noun (lower case,
 *     singular)
 * @param what the counted noun phrase as written, e.g. {@code North Korean troops}
 * @param hedge {@code about}, {@code more than}, {@code as many as}, {@code up to}, {@code fewer
 *     than}, or empty
 * @param attribution who makes the claim, if the sentence says
 * @param alternatives the same amount in other units, as in {@code US$20 billion (S$25.7 billion)}
 */
public record FigureFacts(
        BigDecimal value,
        String unit,
        String what,
        Optional<String> hedge,
        Optional<String> attribution,
        List<Amount> alternatives) {

    public FigureFacts {
        alternatives = List.copyOf(alternatives);
    }

    /** An amount in a unit. */
    public record Amount(BigDecimal value, String unit) {}
}
