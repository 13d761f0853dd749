package org.dossier.entities.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who makes the claim a figure states, as its sentence says: {@code according to X}, {@code X
 * said}, {@code X estimates}, {@code said X}, {@code X put the total at}.
 *
 * <p>Of several attributions in a sentence the nearest before the figure wins, else the nearest
 * after it. A subject that is only a pronoun is no attribution.
 *
 * @param who the claimant as written
 * @param how how it was found, for the evidence
 */
record Attribution(String who, String how) {

    private static final Set<String> VERBS = Set.of(
            "said", "says", "say", "told", "tells", "estimated", "estimates", "estimate", "reported", "claimed",
            "claims", "claim", "stated", "announced", "announces", "believe", "believes", "believed",
            "showed", "shows", "show", "suggested", "suggests", "suggest", "wrote", "added", "noted", "confirmed",
            "confirms", "explained", "put", "calculated", "counted", "recorded", "assessed", "assesses", "found",
            "finds");
    /** Verbs that may come before their subject after a quote or comma: {@code "...," said Cha}. */
    private static final Set<String> INVERTIBLE =
            Set.of("said", "says", "added", "wrote", "explained", "noted", "asked");
    /** Words that end a subject read backward from its verb. */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "that", "which", "who", "whom", "and", "but", "or", "while", "though", "although", "when", "whereas",
            "as", "because", "since", "if", "after", "before", "so", "where", "than", "then", "to", "in", "on",
            "at", "by", "with", "from", "for", "of", "into", "about", "over", "under");
    /** Words that may stand between a subject and its verb: {@code officials also said}. */
    private static final Set<String> BETWEEN = Set.of(
            "also", "previously", "have", "has", "had", "recently", "now", "reportedly", "earlier", "later",
            "separately", "further", "last", "this", "week", "month", "year", "on");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "me", "this", "that", "these", "those",
            "who", "which", "one");
    /** Nouns for a source document: {@code according to an estimate from X} reads as X. */
    private static final Set<String> DOCUMENTS = Set.of(
            "estimate", "estimates", "report", "reports", "statement", "assessment", "analysis", "data", "figures",
            "survey", "study", "tally", "count", "message", "document", "statistics", "poll", "review");
    private static final Set<String> SOURCE_LINKS = Set.of("from", "by", "of");
    private static final Set<String> CLAUSE_SYMBOLS = Set.of(
            ",", ";", ":", "(", ")", "[", "]", "\u2014", "\u2013", "\"", "\u201c", "\u201d", ".", "!", "?", "-");
    /** Words that end an attributed phrase read forward: {@code NK News, citing a document}. */
    private static final Set<String> CLAUSE_ENDERS =
            Set.of("citing", "who", "which", "that", "whose", "but", "while", "as");
    private static final Set<String> NAME_JOINS = Set.of("of", "for", "on", "and");
    /** Conjunctions that, after "X said,", open a clause of the writer's own. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "but", "whereas", "although", "though");
    /** Lower-case particles inside personal names: {@code Ursula von der Leyen}, {@code Ahmed bin Ali}. */
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "bin", "ibn", "el", "dos", "das");
    private static final int MAX_WORDS = 8;
    /** How many tokens either side of a figure are searched, so a run-on sentence costs no more than a normal one. */
    private static final int WINDOW = 40;

    /** A possible attribution and the token where it stands. */
    private record Candidate(int at, Attribution attribution) {}

    /**
     * The attribution for a figure in tokens {@code [figureFirst, figureLast]} of a sentence in
     * tokens {@code [sentenceFirst, sentenceEnd)}.
     */
    static Optional<Attribution> find(BlockTokens t, int sentenceFirst, int sentenceEnd, int figureFirst,
            int figureLast) {
        List<Candidate> candidates = new ArrayList<>();
        int from = Math.max(sentenceFirst, figureFirst - WINDOW);
        int to = Math.min(sentenceEnd, figureLast + WINDOW);
        for (int k = from; k < to; k++) {
            if (k >= figureFirst && k <= figureLast) {
                continue;
            }
            int at = k;
            if (t.lower(k).equals("according") && t.lower(k + 1).equals("to")) {
                accordingTo(t, k + 2, sentenceEnd).ifPresent(a -> candidates.add(new Candidate(at, a)));
            } else if (t.get(k).isWord() && VERBS.contains(t.lower(k))) {
                subjectOf(t, k, sentenceFirst, sentenceEnd).ifPresent(a -> candidates.add(new Candidate(at, a)));
            }
        }
        Optional<Candidate> before = candidates.stream()
                .filter(c -> c.at() < figureFirst && !closedBefore(t, c.at(), figureFirst))
                .reduce((x, y) -> y);
        // A verb after the figure attributes it only across a clause break: in "70 percent of
        // respondents said" the figure is the subject, not the claim.
        Optional<Candidate> after = candidates.stream()
                .filter(c -> c.at() > figureLast && clauseBreak(t, figureLast + 1, c.at()))
                .findFirst();
        return before.or(() -> after).map(Candidate::attribution);
    }

    /**
     * Whether the claim of the verb at {@code verb} ends before {@code figureFirst}: the verb
     * closes its sentence's claim and a comma and a conjunction open another clause, the writer's
     * own. "Inflation rose to 3.4%, the statistics office said, while the central bank held rates
     * at 4.25%": the second figure is no claim of the statistics office.
     */
    private static boolean closedBefore(BlockTokens t, int verb, int figureFirst) {
        return verb + 2 < figureFirst && t.get(verb + 1).isSymbol(",") && CLAUSE_OPENERS.contains(t.lower(verb + 2));
    }

    private static boolean clauseBreak(BlockTokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).kind() == Token.Kind.SYMBOL && CLAUSE_SYMBOLS.contains(t.get(k).text())
                    || CLAUSE_WORDS.contains(t.lower(k)) && !t.lower(k).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Attribution> accordingTo(BlockTokens t, int from, int end) {
        int start = from;
        for (int k = from; k < Math.min(end, from + 5); k++) {
            if (DOCUMENTS.contains(t.lower(k)) && SOURCE_LINKS.contains(t.lower(k + 1))) {
                start = k + 2;
                break;
            }
        }
        int last = clauseEnd(t, start, end);
        if (last < start) {
            return Optional.empty();
        }
        return named(t, start, last).map(who -> new Attribution(who, "after 'according to'"));
    }

    /** The last token of the phrase starting at {@code from}, stopping at a clause end or a time phrase. */
    private static int clauseEnd(BlockTokens t, int from, int end) {
        int last = from - 1;
        for (int k = from; k < end && k < from + 12; k++) {
            Token token = t.get(k);
            if (token.kind() == Token.Kind.SYMBOL && CLAUSE_SYMBOLS.contains(token.text())) {
                break;
            }
            String lower = t.lower(k);
            String next = t.lower(k + 1);
            if (CLAUSE_ENDERS.contains(lower)
                    || ((lower.equals("on") || lower.equals("in") || lower.equals("last") || lower.equals("this"))
                            && (Words.weekday(next) || Words.month(next) || Words.timeUnit(next)
                                    || t.has(k + 1) && t.get(k + 1).isNumber()))) {
                break;
            }
            if (token.isWord() || token.isNumber()) {
                last = k;
            }
        }
        return last;
    }

    private static Optional<Attribution> subjectOf(BlockTokens t, int verb, int sentenceFirst, int end) {
        String verbText = t.get(verb).text();
        if (t.lower(verb).equals("put") && !(t.lower(verb + 1).equals("the") && hasAtSoon(t, verb + 2, end))) {
            return Optional.empty();
        }
        Token before = t.has(verb - 1) ? t.get(verb - 1) : null;
        boolean afterBreak = before != null && before.kind() == Token.Kind.SYMBOL
                && Set.of(",", "\"", "\u201d", "\u2019", "'").contains(before.text());
        if (afterBreak && INVERTIBLE.contains(t.lower(verb)) && t.has(verb + 1) && t.get(verb + 1).capitalised()) {
            int last = clauseEnd(t, verb + 1, end);
            if (!clauseAfter(t, verb + 1, last)) {
                return named(t, verb + 1, last).map(who -> new Attribution(who, "subject of '" + verbText + "'"));
            }
        }
        if (before != null && before.isSymbol(",")) {
            // An apposition between commas: "Mr Kyrylo Budanov, head of Ukrainian military intelligence, told".
            for (int k = verb - 2; k >= Math.max(sentenceFirst, verb - 16); k--) {
                if (t.get(k).isSymbol(",")) {
                    return backward(t, k - 1, sentenceFirst)
                            .map(who -> new Attribution(who, "subject of '" + verbText + "'"));
                }
            }
            return Optional.empty();
        }
        int k = verb - 1;
        while (k >= sentenceFirst && BETWEEN.contains(t.lower(k))) {
            k--;
        }
        return backward(t, k, sentenceFirst).map(who -> new Attribution(who, "subject of '" + verbText + "'"));
    }

    /**
     * Whether tokens {@code [from, last]} hold a clause, not a speaker: a number or a verb in
     * lower case. "(NIS), said Pyongyang had shipped 10,000 containers": what was said, and the
     * speaker is before the verb.
     */
    private static boolean clauseAfter(BlockTokens t, int from, int last) {
        for (int k = from; k <= last; k++) {
            String lower = t.lower(k);
            if (t.get(k).isNumber() || !t.get(k).capitalised()
                    && (BETWEEN.contains(lower) || VERBS.contains(lower) || Words.verbForm(lower) || Words.modal(lower))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAtSoon(BlockTokens t, int from, int end) {
        for (int k = from; k < Math.min(end, from + 6); k++) {
            if (t.lower(k).equals("at")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject that ends at token {@code last}, read backward to a clause boundary; with the
     * subject before it when it is a place the subject is in ({@code The Joint Chiefs of Staff in
     * Seoul said}).
     */
    private static Optional<String> backward(BlockTokens t, int last, int sentenceFirst) {
        int first = subjectStart(t, last, sentenceFirst);
        if (first > last) {
            return Optional.empty();
        }
        if (first - 2 >= sentenceFirst && t.lower(first - 1).equals("in") && allCapitalised(t, first, last)) {
            Optional<String> where = named(t, first, last);
            int whoFirst = subjectStart(t, first - 2, sentenceFirst);
            Optional<String> who = whoFirst > first - 2 ? Optional.empty() : named(t, whoFirst, first - 2);
            if (who.isPresent() && where.isPresent()) {
                return Optional.of(who.get() + " in " + where.get());
            }
        }
        return named(t, first, last);
    }

    /** The first token of the subject that ends at token {@code last}; {@code last + 1} if none. */
    private static int subjectStart(BlockTokens t, int last, int sentenceFirst) {
        int first = last + 1;
        for (int k = last; k >= sentenceFirst && k > last - MAX_WORDS; k--) {
            Token token = t.get(k);
            String lower = t.lower(k);
            if (!token.isWord()) {
                break;
            }
            if (DETERMINERS.contains(lower)) {
                first = k;
                break;
            }
            boolean join = joinsName(t, k, sentenceFirst) && first <= last && t.get(first).capitalised();
            if (!join && (CLAUSE_WORDS.contains(lower) || Words.stop(lower) && !token.capitalised()
                    || Words.verbForm(lower) && !token.capitalised() || VERBS.contains(lower))) {
                break;
            }
            first = k;
        }
        return first;
    }

    private static boolean allCapitalised(BlockTokens t, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!t.get(k).isWord() || !t.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} is a small word inside a name: {@code Institute for Defence}, {@code von der}. */
    private static boolean joinsName(BlockTokens t, int k, int floor) {
        String lower = t.lower(k);
        if (k <= floor || !t.get(k - 1).isWord()) {
            return false;
        }
        boolean nameBefore = t.get(k - 1).capitalised() || PARTICLES.contains(t.lower(k - 1));
        return nameBefore && (NAME_JOINS.contains(lower) || PARTICLES.contains(lower));
    }

    /**
     * The claimant in tokens {@code [first, last]}: a trailing proper name when common words come
     * before it ({@code former defence minister Sergei Shoigu} reads as {@code Sergei Shoigu}),
     * else the whole phrase; empty for a lone pronoun or determiner.
     */
    private static Optional<String> named(BlockTokens t, int first, int last) {
        while (last >= first && !t.get(last).isWord()) {
            last--;
        }
        if (last < first) {
            return Optional.empty();
        }
        if (last == first && (PRONOUNS.contains(t.lower(first)) || DETERMINERS.contains(t.lower(first)))) {
            return Optional.empty();
        }
        int nameStart = last + 1;
        for (int k = last; k >= first; k--) {
            if (!t.get(k).capitalised() && !joinsName(t, k, first)) {
                break;
            }
            nameStart = k;
        }
        boolean commonBefore = false;
        for (int k = first; k < nameStart; k++) {
            if (!DETERMINERS.contains(t.lower(k)) && t.get(k).isWord() && !t.get(k).capitalised()) {
                commonBefore = true;
            }
        }
        int from = commonBefore && last - nameStart >= 1 ? nameStart : first;
        return Optional.of(t.span(from, last));
    }
}
