package org.dossier.entities;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a place's name stands for a team in a match report, as "Liverpool" does in "Manchester
 * United beat Liverpool 2-1": the name is followed by a score, or a verb of a match stands next to
 * it in a sentence that gives a score. Such a name is the club, not the city.
 *
 * <p>Stateless and thread-safe.
 */
final class SportsSide {

    /**
     * A score such as {@code 2-1} or {@code 3–0}: small numbers, then the end of the clause or a word
     * that goes on about the match, so that ranges ({@code 3-4 months}, {@code 10-12 June}) are not.
     */
    private static final String SCORE = "(?<![\\d.,])\\d{1,2} ?[-\u2013] ?\\d{1,2}"
            + "(?=[.,;:!?)]|$|\\s(?:win|victory|defeat|draw|loss|lead|at|in|on|after|with|against|thanks|and|but"
            + "|when|before)\\b)";
    private static final Pattern SCORE_NEXT = Pattern.compile("\\s+" + SCORE);
    private static final Pattern SCORE_ANYWHERE = Pattern.compile(SCORE);
    private static final Pattern MATCH_VERB_BEFORE = Pattern.compile(
            "\\b(?:beat|beating|defeated|defeating|thrashed|edged|drew with|draw with|lost to|losing to)\\s+$");
    private static final Pattern MATCH_VERB_AFTER = Pattern.compile(
            "\\s+(?:beat|defeated|thrashed|edged|drew|lost|won|came from behind)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    /** How far back a verb before the name is looked for. */
    private static final int VERB_REACH = 20;

    private SportsSide() {}

    /** Why the name at {@code start}..{@code end} of {@code text} is a team, or empty when it reads as the place. */
    static Optional<String> reason(String text, int start, int end) {
        Matcher next = SCORE_NEXT.matcher(text).region(end, text.length());
        if (next.lookingAt()) {
            return Optional.of("organisation: a team, followed by the score \"" + next.group().strip() + "\"");
        }
        boolean verbBefore = MATCH_VERB_BEFORE.matcher(text).region(Math.max(0, start - VERB_REACH), start)
                .useTransparentBounds(true).find();
        boolean verbAfter = MATCH_VERB_AFTER.matcher(text).region(end, text.length()).lookingAt();
        if (!verbBefore && !verbAfter) {
            return Optional.empty();
        }
        Matcher score = SCORE_ANYWHERE.matcher(text).region(sentenceStart(text, start), sentenceEnd(text, end));
        return score.find()
                ? Optional.of("organisation: a team, beside a verb of a match in a sentence with the score \""
                        + score.group() + "\"")
                : Optional.empty();
    }

    private static int sentenceStart(String text, int at) {
        Matcher end = SENTENCE_END.matcher(text).region(0, at);
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    private static int sentenceEnd(String text, int at) {
        Matcher end = SENTENCE_END.matcher(text).region(at, text.length());
        return end.find() ? end.end() : text.length();
    }
}
