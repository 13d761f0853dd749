package org.dossier.entities.figures;

import java.util.Optional;
import java.util.Set;

/**
 * A run of words read as a noun phrase, found without a tagger: capitalised words and content
 * words, ending at the first plural noun or before the first function word.
 *
 * @param first the index of the first token
 * @param last the index of the last token
 * @param text the phrase as written
 * @param head the last word, lower case
 */
record NounPhrase(int first, int last, String text, String head) {

    private static final int MAX_WORDS = 6;
    private static final Set<String> COORDINATORS = Set.of("and", "or");
    /** Determiners that open an object after a verb: {@code cut their spending}. */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("their", "its", "his", "her", "our", "your", "my");

    /** The noun phrase that starts at token {@code i}, read forward. */
    static Optional<NounPhrase> forward(BlockTokens t, int i) {
        int lastGood = -1;
        // A calibre before the noun belongs to it: "152mm artillery shells".
        int from = Exclusions.isCalibre(t, i) ? i + 2 : i;
        for (int k = from; k < from + MAX_WORDS && t.has(k) && t.get(k).isWord(); k++) {
            String lower = t.lower(k);
            if (k == from && from == i && Words.personParticiple(lower)) {
                // "80,000 evacuated" counts those evacuated; "15,000 displaced residents" the residents.
                boolean persons = t.has(i + 1) && t.get(i + 1).isWord() && Words.plural(t.lower(i + 1))
                        && Words.person(t.get(i + 1).text());
                return Optional.of(persons ? of(t, i, i + 1) : new NounPhrase(i, i, t.get(i).text(), lower));
            }
            if (!contentWord(lower)) {
                break;
            }
            if (k == from && verbBeforeObject(t, k)) {
                // "25 per cent cut corporate taxes": the amount is the subject of a verb, not its noun's.
                return Optional.empty();
            }
            if (Words.verbForm(lower)) {
                continue;
            }
            lastGood = k;
            boolean capital = t.get(k).capitalised();
            boolean nameGoesOn = capital && t.has(k + 1) && t.get(k + 1).capitalised();
            // "special-forces troops": a hyphenated plural before a plural noun modifies it.
            boolean modifies = lower.indexOf('-') > 0 && t.has(k + 1) && t.get(k + 1).isWord()
                    && Words.plural(t.lower(k + 1)) && contentWord(t.lower(k + 1));
            if (Words.plural(lower) && !nameGoesOn && !modifies) {
                break;
            }
        }
        if (lastGood < 0) {
            return Optional.empty();
        }
        return Optional.of(of(t, i, lastGood));
    }

    /** The noun phrase that ends at token {@code i}, read backward. */
    static Optional<NounPhrase> backward(BlockTokens t, int i, int floor, int maxWords) {
        if (!t.has(i) || !t.get(i).isWord() || !contentWord(t.lower(i)) || !name(t, i, floor) && Words.verbForm(t.lower(i))
                || afterModal(t, i) || t.lower(i - 1).equals("to") && Words.bareChangeVerb(t.lower(i))) {
            // "could rise by 2%", "taxes would have to rise by £20bn": a verb, not what the amount measures.
            return Optional.empty();
        }
        int first = i;
        for (int k = i - 1; k >= floor && k > i - maxWords && t.get(k).isWord(); k--) {
            String lower = t.lower(k);
            // "would cut Russia's oil revenues", "could hurt exports": the verb before its object ends the phrase.
            if (!contentWord(lower) || !name(t, k, floor) && Words.verbForm(lower) || Words.changeVerb(lower) || afterModal(t, k)) {
                break;
            }
            first = k;
        }
        return Optional.of(of(t, first, i));
    }

    /** Whether the word at {@code k} is a name, whatever its ending ("Lockheed", "Beijing"): capitalised inside the sentence. */
    private static boolean name(BlockTokens t, int k, int floor) {
        return k > floor && t.get(k).capitalised();
    }

    /** This phrase extended by {@code and}/{@code or} and a second plural phrase of the same kind, if one follows. */
    NounPhrase coordinated(BlockTokens t) {
        if (!COORDINATORS.contains(t.lower(last + 1))) {
            return this;
        }
        Optional<NounPhrase> second = forward(t, last + 2);
        if (second.isEmpty() || second.get().last() - second.get().first() > 2
                || !Words.plural(second.get().head())
                || Words.person(t.get(second.get().last()).text()) != Words.person(t.get(last).text())) {
            return this;
        }
        return of(t, first, second.get().last());
    }

    /** Whether the word at {@code k} follows a modal verb ({@code would cut}), and so is a verb itself. */
    private static boolean afterModal(BlockTokens t, int k) {
        return t.has(k - 1) && t.get(k - 1).isWord() && Words.modal(t.get(k - 1).text());
    }

    /** Whether the word at {@code k} is a verb that changes an amount, with its object after it. */
    private static boolean verbBeforeObject(BlockTokens t, int k) {
        return Words.changeVerb(t.lower(k)) && t.has(k + 1) && t.get(k + 1).isWord()
                && (contentWord(t.lower(k + 1)) || POSSESSIVE_DETERMINERS.contains(t.lower(k + 1)));
    }

    private static NounPhrase of(BlockTokens t, int first, int last) {
        return new NounPhrase(first, last, t.span(first, last), t.lower(last));
    }

    private static boolean contentWord(String lower) {
        return !Words.stop(lower) && !Words.month(lower) && !Words.weekday(lower) && !Words.adverb(lower)
                && Numerals.word(lower).isEmpty() && Numerals.scaleWord(lower).isEmpty();
    }
}
