package org.dossier.entities.figures;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a figure counts, and so its unit: money in a currency, a percentage of something, or a
 * count of persons or things.
 *
 * @param what the counted noun phrase as written, or the empty string when the text names none
 *     (money and percentages only)
 * @param unit {@code people}, an ISO 4217 code, {@code percent}, or the counted noun in the singular
 * @param how how the counted thing was found, for the evidence
 */
record CountedThing(String what, String unit, String how) {

    static final String PEOPLE = "people";
    static final String PERCENT = "percent";
    /** The degree sign, and the signs of one character for degrees Celsius and Fahrenheit. */
    private static final Set<String> DEGREE_SIGNS = Set.of("\u00b0", "\u2103", "\u2109");

    /** Words between a count and its noun that say nothing of what is counted: {@code 30,000 more troops}. */
    private static final Set<String> ADDITIVES = Set.of("more", "additional", "extra", "further", "other");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those");
    private static final Set<String> PRONOUNS = Set.of("them", "those", "these", "whom", "which", "us", "it");
    /** Words that link a noun to the amount after it: {@code GDP of about US$24.5 billion}. */
    private static final Set<String> LINKS = Set.of(
            "of", "at", "to", "by", "was", "is", "were", "are", "reached", "rose", "fell", "grew", "climbed",
            "jumped", "dropped", "totalled", "totaled", "totalling", "totaling", "stood", "stands", "hit",
            "numbered", "worth", "shrank", "expanded", "contracted", "eased", "slowed", "increased",
            "decreased", "declined", "gained", "cost", "costs", "accelerated", "slipped", "surged", "soared",
            "ran", "run", "runs", "running", "remained", "remains", "remain");
    /** The most tokens of an earlier level between "from" and "to": {@code from US $ 4 billion to}. */
    private static final int MAX_LEVEL_TOKENS = 5;
    /** Words that write a percentage after its number. */
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "per", "cent");
    /** The links that are prepositions; the others are verbs, whose subject is a whole noun phrase. */
    private static final Set<String> LINK_PREPOSITIONS = Set.of("of", "at", "to", "by", "worth");
    /** Adverbs that may stand between a link and the amount: {@code was now about 14,000}. */
    private static final Set<String> LINK_ADVERBS = Set.of("now", "still", "already", "currently", "then");
    /** Adverbs that may stand between a subject and its verb: {@code profit likely rose 130%}. */
    private static final Set<String> SUBJECT_ADVERBS = Set.of(
            "likely", "probably", "also", "reportedly", "sharply", "slightly", "steadily", "only", "again");
    /** Prepositions that hang the phrase after them on the phrase before them: {@code aid to Ukraine}, {@code trade between the two countries}. */
    private static final Set<String> ATTACHING = Set.of("in", "of", "to", "from", "for", "on", "between", "with", "among");
    /** How many tokens back an antecedent is looked for. */
    private static final int ANTECEDENT_REACH = 30;
    /** Nouns that stand for an amount already named, as in {@code put the total at 4,000}. */
    private static final Set<String> GENERIC = Set.of(
            "total", "number", "figure", "tally", "count", "sum", "amount", "estimate", "toll");

    /** Words that make the word after them a verb: {@code had fallen}, {@code has risen}. */
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "having", "was", "were", "is",
            "are", "be", "been", "being", "will", "would", "could", "should", "may", "might", "must", "can");

    /**
     * Reads what the amount counts.
     *
     * @param t the block's tokens
     * @param a the amount
     * @param after the index of the first token after the amount (and any alternative amount)
     * @param leftEdge the index of the first token of the amount's hedge, or of the amount
     * @param sentenceFirst the index of the first token of the sentence
     * @param earlier the figures read before in the same sentence
     */
    static Optional<CountedThing> read(BlockTokens t, Amount a, int after, int leftEdge, int sentenceFirst,
            List<CountedThing> earlier) {
        if (a.money()) {
            String code = a.currency().orElseThrow();
            return Optional.of(following(t, after, true).or(() -> subject(t, leftEdge, sentenceFirst))
                    .map(np -> new CountedThing(np.text(), code, "money in " + code + " for '" + np.text() + "'"))
                    .orElse(new CountedThing("", code, "money in " + code)));
        }
        if (a.percent()) {
            return Optional.of(following(t, after, false).or(() -> subject(t, leftEdge, sentenceFirst))
                    .map(np -> new CountedThing(np.text(), PERCENT, "percentage of '" + np.text() + "'"))
                    .orElse(new CountedThing("", PERCENT, "percentage")));
        }
        return count(t, after, leftEdge, sentenceFirst, earlier);
    }

    private static Optional<CountedThing> count(BlockTokens t, int after, int leftEdge, int sentenceFirst,
            List<CountedThing> earlier) {
        if (t.has(after) && DEGREE_SIGNS.contains(t.get(after).text())
                && t.get(after).start() - t.get(after - 1).end() <= 1) {
            return Optional.of(degrees(t, after));
        }
        if (t.glued(after - 1) && t.lower(after).equals("-") && t.lower(after + 1).equals("strong")) {
            // "a 5,000-strong force" counts the persons the force is made of.
            String what = NounPhrase.forward(t, after + 2).map(NounPhrase::text).orElse("");
            return Optional.of(new CountedThing(what, PEOPLE, "'-strong': count of people"));
        }
        int k = ADDITIVES.contains(t.lower(after)) ? after + 1 : after;
        if (t.lower(k).equals("of") && PRONOUNS.contains(t.lower(k + 1))) {
            return antecedent(t, leftEdge, sentenceFirst)
                    .map(np -> counted(t, np, ", '" + t.get(k + 1).text() + "' refers back to '" + np.text() + "'"));
        }
        Optional<NounPhrase> np = t.lower(k).equals("of") && DETERMINERS.contains(t.lower(k + 1))
                ? NounPhrase.forward(t, k + 2)
                : NounPhrase.forward(t, k);
        if (np.isPresent()) {
            NounPhrase phrase = np.get().coordinated(t);
            if (phrase.head().equals("others")) {
                // "2,300 people and more than 10,000 others": the same kind as the figure before.
                return earlier.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new CountedThing(phrase.text(), earlier.get(earlier.size() - 1).unit(),
                                "count of the same kind as the figure before ('others')"));
            }
            boolean countable = Words.plural(phrase.head()) || Words.person(t.get(np.get().last()).text())
                    || Words.personParticiple(phrase.head());
            return countable ? Optional.of(counted(t, phrase, "")) : Optional.empty();
        }
        Optional<NounPhrase> left = leading(t, leftEdge, sentenceFirst);
        if (left.isPresent() && GENERIC.contains(left.get().head())) {
            if (!earlier.isEmpty()) {
                CountedThing previous = earlier.get(earlier.size() - 1);
                return Optional.of(new CountedThing(previous.what(), previous.unit(),
                        previous.how() + ", '" + left.get().text() + "' stands for the figure before it"));
            }
            if (left.get().head().equals("toll")) {
                return Optional.of(new CountedThing(left.get().text(), PEOPLE, "count of people ('toll')"));
            }
            return antecedent(t, leftEdge, sentenceFirst)
                    .map(ante -> counted(t, ante,
                            ", '" + left.get().text() + "' refers back to '" + ante.text() + "'"));
        }
        return left.filter(phrase -> Words.plural(phrase.head()))
                .map(phrase -> counted(t, phrase, ", noun before the number"));
    }

    /** A count of the noun phrase {@code np}, with {@code source} saying where it was found. */
    /** "2°C", "41 ℃", "45°": degrees of the scale the letter glued after the sign names, if any. */
    private static CountedThing degrees(BlockTokens t, int sign) {
        String symbol = t.get(sign).text();
        boolean letterAfter = symbol.equals("\u00b0") && t.glued(sign) && t.get(sign + 1).isWord();
        String scale = symbol.equals("\u2103") ? "C" : symbol.equals("\u2109") ? "F"
                : letterAfter ? t.get(sign + 1).text() : "";
        String unit = switch (scale) {
            case "C" -> "degree celsius";
            case "F" -> "degree fahrenheit";
            default -> "degree";
        };
        String written = letterAfter && !unit.equals("degree") ? symbol + scale : symbol;
        return new CountedThing(written, unit, "'" + written + "': " + unit);
    }

    private static CountedThing counted(BlockTokens t, NounPhrase np, String source) {
        String headWord = t.get(np.last()).text();
        if (Words.person(headWord) || Words.person(np.head()) || Words.personParticiple(np.head())) {
            return new CountedThing(np.text(), PEOPLE, "count of people (" + np.head() + ")" + source);
        }
        String unit = Words.measure(Words.singular(np.head()));
        return new CountedThing(np.text(), unit, "count of '" + unit + "'" + source);
    }

    /**
     * The noun phrase after the amount: right after it, or after {@code of}, or for money also
     * after {@code in} ({@code US$20 billion in cash}; a percentage {@code in March} is a time, and
     * so is money {@code in the first quarter}).
     */
    private static Optional<NounPhrase> following(BlockTokens t, int after, boolean money) {
        String next = t.lower(after);
        if (money && next.equals("in") && DETERMINERS.contains(t.lower(after + 1))) {
            // "£10bn in the autumn Budget", "$5bn in the first quarter": where or when, not what the money is.
            return Optional.empty();
        }
        if (next.equals("of") || (money && next.equals("in"))) {
            int k = after + 1;
            while (DETERMINERS.contains(t.lower(k))) {
                k++;
            }
            return NounPhrase.forward(t, k).map(np -> np.coordinated(t));
        }
        // "up 12.5 percent year on year": a unit of time after the amount says over what period, not of what.
        return NounPhrase.forward(t, after).filter(np -> Currencies.name(np.head()).isEmpty() && !Words.timeUnit(np.head()))
                .map(np -> np.coordinated(t));
    }

    /**
     * The noun phrase before a sum or a percentage that it measures; not the noun another number
     * counts: in {@code raised rates by 250 basis points to 45%}, the basis points are not at 45%.
     */
    private static Optional<NounPhrase> subject(BlockTokens t, int leftEdge, int sentenceFirst) {
        return leading(t, leftEdge, sentenceFirst).filter(np -> !countedByNumber(t, np.first() - 1));
    }

    /** Whether the token at {@code k} is a number or its scale word, so the phrase after it is what the number counts. */
    private static boolean countedByNumber(BlockTokens t, int k) {
        return t.has(k) && (t.get(k).isNumber() || Numerals.word(t.lower(k)).isPresent()
                || Numerals.scaleWord(t.lower(k)).isPresent());
    }

    /** The noun phrase before the amount, joined to it by a link word: {@code GDP of}, {@code inflation rose to}. */
    /**
     * Where "from" opens the earlier level before the {@code to} at {@code to} ({@code from 300 to},
     * {@code from 9 % to}, {@code from $4 billion to}), or {@code to} itself when none does.
     */
    private static int earlierLevelStart(BlockTokens t, int to, int sentenceFirst) {
        boolean number = false;
        for (int k = to - 1; k >= sentenceFirst && k >= to - MAX_LEVEL_TOKENS; k--) {
            if (t.lower(k).equals("from")) {
                return number ? k : to;
            }
            number |= t.get(k).isNumber();
            if (t.get(k).isWord() && Numerals.scaleWord(t.lower(k)).isEmpty() && !PERCENT_WORDS.contains(t.lower(k))) {
                return to;
            }
        }
        return to;
    }

    private static Optional<NounPhrase> leading(BlockTokens t, int leftEdge, int sentenceFirst) {
        int k = leftEdge - 1;
        if (k > sentenceFirst && LINK_ADVERBS.contains(t.lower(k))) {
            k--; // "was now about 14,000"
        }
        int links = 0;
        boolean verb = false;
        while (links < 2 && k >= sentenceFirst && t.get(k).isWord() && LINKS.contains(t.lower(k))) {
            verb |= !LINK_PREPOSITIONS.contains(t.lower(k));
            // "Casualties rose from 300 to 1,000": the level before the change stands between.
            k = t.lower(k).equals("to") ? earlierLevelStart(t, k, sentenceFirst) - 1 : k - 1;
            links++;
        }
        if (links == 0 || k < sentenceFirst || AUXILIARIES.contains(t.lower(k - 1))) {
            // "had fallen to 2.2 per cent": after an auxiliary the word is a verb, whatever its ending.
            return Optional.empty();
        }
        if (verb && k > sentenceFirst && SUBJECT_ADVERBS.contains(t.lower(k))) {
            k--; // "operating profit likely rose 130%"
        }
        if (k > sentenceFirst && t.lower(k).endsWith("ed") && GENERIC.contains(t.lower(k - 1))) {
            // "the total number deployed to 14,000": the participle qualifies the total.
            k--;
        }
        Optional<NounPhrase> near = NounPhrase.backward(t, k, sentenceFirst, 4);
        if (near.isEmpty()) {
            return near;
        }
        // "Inflation in Turkey eased to 44%", "exports to Russia at $20 billion": the subject is
        // the phrase the preposition hangs from.
        int preposition = near.get().first() - 1;
        if (preposition > sentenceFirst && Numerals.word(t.lower(preposition)).isPresent()) {
            // "trade between the two countries": the preposition stands before the number and its determiner.
            preposition--;
            if (preposition > sentenceFirst && DETERMINERS.contains(t.lower(preposition))) {
                preposition--;
            }
        }
        if (preposition > sentenceFirst && DETERMINERS.contains(t.lower(preposition))
                && (t.lower(preposition - 1).equals("of") || t.lower(preposition - 1).equals("in")
                        || verb && ATTACHING.contains(t.lower(preposition - 1)))) {
            // "shares of the company rose 5.2%", "the toll in the province rose to 1,200"; before a
            // verb any preposition does ("exports to the European Union fell 8%"), but before a
            // preposition only "of" and "in" carry a determiner back, as "rates to a range of
            // 5.25%-5.5%" are no range's rates.
            preposition--;
        }
        if (preposition > sentenceFirst && ATTACHING.contains(t.lower(preposition))) {
            Optional<NounPhrase> head = NounPhrase.backward(t, preposition - 1, sentenceFirst, 4);
            if (head.isPresent()) {
                // "troops in Russia" counts troops: the head is the phrase the preposition hangs from.
                return Optional.of(new NounPhrase(head.get().first(), near.get().last(),
                        t.span(head.get().first(), near.get().last()), head.get().head()));
            }
        }
        return near;
    }

    /** The nearest plural noun phrase before the amount in its sentence: {@code troops ... 12,500 of them}. */
    private static Optional<NounPhrase> antecedent(BlockTokens t, int leftEdge, int sentenceFirst) {
        for (int k = leftEdge - 1; k >= Math.max(sentenceFirst, leftEdge - ANTECEDENT_REACH); k--) {
            String lower = t.lower(k);
            // "The new deployment brings the total to 14,000": a word in -s before a determiner is a verb.
            if (t.get(k).isWord() && Words.plural(lower) && !Words.stop(lower) && !Words.timeUnit(lower)
                    && !Words.verbForm(lower) && !DETERMINERS.contains(t.lower(k + 1))) {
                return NounPhrase.backward(t, k, sentenceFirst, 5);
            }
        }
        return Optional.empty();
    }
}
