package org.dossier.text;

import java.util.function.IntPredicate;

/**
 * Small steps of the hand-written text scanners, which stand in for regular expressions on hot
 * paths: the white space of {@code \s} and runs of code points of one class.
 */
public final class Scan {

    private Scan() {}

    /** Whether {@code c} is white space as {@code \s} reads it: the ASCII kinds; a no-break space is not. */
    public static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Where the run of code points of {@code text} that satisfy {@code part}, from {@code from} on, ends. */
    public static int runEnd(String text, int from, IntPredicate part) {
        int i = from;
        while (i < text.length()) {
            char ch = text.charAt(i);
            // Most text is ASCII, which needs no decoding of surrogate pairs.
            int c = ch < 128 ? ch : text.codePointAt(i);
            if (!part.test(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }
}
