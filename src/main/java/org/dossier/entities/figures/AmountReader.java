package org.dossier.entities.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads the amount that starts at a number token: its currency sign or code, its scale word, its
 * percent sign and any currency name after it.
 */
final class AmountReader {

    /** Longer digit strings (with separators) are codes or noise, and parsing them costs more than it tells. */
    private static final int MAX_DIGITS = 24;
    private static final List<String> PER_CENT = List.of("per", "cent");

    private AmountReader() {}

    /** The amount whose number is token {@code i}, if token {@code i} is a number or a number word. */
    static Optional<Amount> at(BlockTokens t, int i) {
        Token token = t.get(i);
        if (token.isNumber() && token.text().length() > MAX_DIGITS) {
            return Optional.empty();
        }
        if (token.isNumber()) {
            return Optional.of(digits(t, i));
        }
        if (token.isWord()) {
            return spelled(t, i);
        }
        return Optional.empty();
    }

    private static Amount digits(BlockTokens t, int i) {
        BigDecimal value = Numerals.digits(t.get(i).text());
        int first = i;
        Optional<String> currency = Optional.empty();
        if (t.has(i - 1) && t.glued(i - 1)) {
            Token before = t.get(i - 1);
            if (before.isSymbol("$")) {
                boolean lettered = t.has(i - 2) && t.get(i - 2).isWord() && t.glued(i - 2);
                String letters = lettered ? t.get(i - 2).text() : "";
                Optional<String> code = Currencies.dollar(letters);
                currency = code.isPresent() ? code : Currencies.dollar("");
                first = code.isPresent() && lettered ? i - 2 : i - 1;
            } else if (Currencies.sign(before.text()).isPresent() && before.kind() == Token.Kind.SYMBOL) {
                currency = Currencies.sign(before.text());
                first = i - 1;
                boolean chinese = t.has(i - 2) && t.glued(i - 2) && t.get(i - 2).text().equals("CN");
                if (before.text().equals("\u00a5") && chinese) {
                    currency = Optional.of("CNY");
                    first = i - 2;
                }
            }
        }
        if (currency.isEmpty() && t.has(i - 1) && t.get(i - 1).isWord()) {
            Optional<String> code = Currencies.prefixWord(t.get(i - 1).text());
            if (code.isPresent()) {
                currency = code;
                first = i - 1;
            }
        }
        int last = i;
        boolean scaled = false;
        String glued = "";
        if (t.glued(i) && t.get(i + 1).isWord()) {
            String letters = t.lower(i + 1);
            Optional<BigDecimal> scale = Numerals.gluedScale(letters);
            if (scale.isPresent()) {
                value = value.multiply(scale.get());
                scaled = true;
                last = i + 1;
            } else if (!letters.equals("pc")) {
                glued = letters;
            }
        } else if (t.has(i + 1) && t.get(i + 1).isWord()) {
            Optional<BigDecimal> scale = Numerals.scaleWord(t.lower(i + 1));
            if (scale.isPresent() && !t.lower(i + 1).equals("hundred")) {
                value = value.multiply(scale.get());
                scaled = true;
                last = i + 1;
                // Indian amounts stack scales: "1.5 lakh crore" is 1.5 x 100,000 x 10,000,000.
                Optional<BigDecimal> second = t.has(i + 2) && t.get(i + 2).isWord()
                        ? Numerals.scaleWord(t.lower(i + 2)) : Optional.empty();
                if (second.isPresent() && !t.lower(i + 2).equals("hundred")) {
                    value = value.multiply(second.get());
                    last = i + 2;
                }
            }
        }
        boolean percent = false;
        if (t.has(last + 1) && t.get(last + 1).isSymbol("%")) {
            percent = true;
            last++;
        } else if (t.wordsAt(last + 1, PER_CENT)) {
            percent = true;
            last += 2;
        } else if (t.lower(last + 1).equals("percent") || (t.glued(last) && t.lower(last + 1).equals("pc"))) {
            percent = true;
            last++;
        }
        if (!percent && glued.isEmpty()) {
            int named = currencyName(t, last + 1);
            if (named > last) {
                currency = Optional.of(nameCode(t, last + 1, named, currency));
                last = named;
            }
        }
        return new Amount(first, i, last, Numerals.normalise(value), currency, percent, scaled, false, glued);
    }

    /** The index of the last token of a currency name starting at {@code i}, or {@code i - 1} if none. */
    private static int currencyName(BlockTokens t, int i) {
        for (int words = 3; words >= 2; words--) {
            if (Currencies.qualifiedName(joined(t, i, words)).isPresent()) {
                return i + words - 1;
            }
        }
        if (t.has(i) && t.get(i).isWord() && Currencies.name(t.lower(i)).isPresent()) {
            return i;
        }
        return i - 1;
    }

    private static String nameCode(BlockTokens t, int from, int to, Optional<String> sign) {
        String name = joined(t, from, to - from + 1);
        Optional<String> qualified = Currencies.qualifiedName(name);
        if (qualified.isPresent()) {
            return qualified.get();
        }
        String code = Currencies.name(name).orElseThrow();
        // A sign the name narrows down: ¥ with "yuan" is renminbi, $ with "dollars" keeps the sign's country.
        return sign.filter(s -> code.equals("USD")).orElse(code);
    }

    private static String joined(BlockTokens t, int from, int words) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < from + words; k++) {
            if (!t.has(k) || !t.get(k).isWord()) {
                return "";
            }
            name.append(k == from ? "" : " ").append(t.lower(k));
        }
        return name.toString();
    }

    private static Optional<Amount> spelled(BlockTokens t, int i) {
        Optional<Integer> word = Numerals.word(t.lower(i));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = BigDecimal.valueOf(word.get());
        int last = i;
        boolean scaled = false;
        if (t.has(i + 1) && t.get(i + 1).isWord()) {
            Optional<BigDecimal> scale = Numerals.scaleWord(t.lower(i + 1));
            if (scale.isPresent() && t.lower(i + 1).chars().allMatch(Character::isLetter)
                    && t.lower(i + 1).length() > 3) {
                value = value.multiply(scale.get());
                scaled = true;
                last = i + 1;
            }
        }
        return Optional.of(
                new Amount(i, i, last, Numerals.normalise(value), Optional.empty(), false, scaled, true, ""));
    }
}
