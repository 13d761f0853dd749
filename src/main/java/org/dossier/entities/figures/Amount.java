package org.dossier.entities.figures;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as written, with the currency, scale and percent sign around it.
 *
 * @param first the index of the first token (a currency sign or code before the number)
 * @param number the index of the number itself
 * @param last the index of the last token (a scale word, percent sign or currency name)
 * @param value the normalised value
 * @param currency the ISO 4217 code, if the amount is money
 * @param percent whether the amount is a percentage
 * @param scaled whether a scale word or abbreviation multiplied the number
 * @param spelled whether the number is written as a word ({@code thirty})
 * @param gluedLetters letters stuck to the number that are no scale ({@code th}, {@code s},
 *     {@code mm}), or the empty string
 */
record Amount(
        int first,
        int number,
        int last,
        BigDecimal value,
        Optional<String> currency,
        boolean percent,
        boolean scaled,
        boolean spelled,
        String gluedLetters) {

    boolean money() {
        return currency.isPresent();
    }

    /** Whether the number is a bare integer of four digits in the range of years, as in {@code 1953}. */
    boolean yearLike(BlockTokens tokens) {
        String digits = tokens.get(number).text();
        if (spelled || money() || percent || scaled || digits.length() != 4
                || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= 1000 && year <= 2100;
    }
}
