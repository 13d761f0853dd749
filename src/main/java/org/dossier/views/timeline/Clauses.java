package org.dossier.views.timeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of a sentence: clauses joined by {@code , and}, {@code , but}, {@code , while},
 * a semicolon or a dash tell of different events ({@code Kim visited Vladivostok in 2023, and
 * Putin visited Pyongyang in June}).
 */
final class Clauses {

    /** What joins two clauses. */
    static final Pattern JOINT = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+|;\\s+|\\s+[\u2013\u2014]\\s+");

    private Clauses() {}

    /**
     * The bounds of the clause that holds {@code offset} in the sentence at {@code sentence} of
     * {@code text}.
     *
     * <p>The joints are those {@code Matcher.find()} gives in the sentence, but the pattern is
     * tried only where a joint can begin: at a comma, at a semicolon, or where the spaces before
     * a dash begin. Before {@code from}, the end of the last joint, none can begin: a joint ends
     * with all the spaces there are.
     */
    static int[] around(String text, int[] sentence, int offset) {
        Matcher joint = null;
        int start = sentence[0];
        int end = sentence[1];
        int from = sentence[0];
        for (int at = sentence[0]; at < sentence[1]; at++) {
            int begin = jointStart(text, at, from);
            if (begin < from) {
                continue;
            }
            if (joint == null) {
                joint = JOINT.matcher(text);
            }
            joint.region(begin, sentence[1]);
            if (!joint.lookingAt()) {
                continue;
            }
            if (joint.end() <= offset) {
                start = joint.end();
            } else if (joint.start() >= offset) {
                end = joint.start();
                break;
            }
            from = joint.end();
        }
        return new int[] {start, end};
    }

    /**
     * Where a joint holding the character at {@code at} as its comma, semicolon or dash would
     * begin, looking back no further than {@code from}; -1 when none can.
     */
    private static int jointStart(String text, int at, int from) {
        char c = text.charAt(at);
        if (c == ',' || c == ';') {
            return at;
        }
        if (c != '\u2013' && c != '\u2014') {
            return -1;
        }
        int begin = at;
        while (begin > from && isSpace(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < at ? begin : -1;
    }

    /** A character of the pattern's {@code \s}: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
