package org.dossier.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentence around an offset in a block of text, by punctuation: a sentence ends at
 * {@code .}, {@code !} or {@code ?} (with closing quotes) followed by space and an upper-case
 * letter, digit or opening quote, unless the word before the stop is a common abbreviation.
 */
public final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s+(?=[\\p{Lu}\\d\"'\u201c\u2018(])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\\b\\p{Lu}|\\b(?:\\p{Lu}\\.)+\\p{Lu})$");

    private Sentences() {}

    /** The sentence of {@code text} that contains {@code offset}, trimmed. */
    public static String around(String text, int offset) {
        int start = 0;
        int end = text.length();
        Matcher boundary = BOUNDARY.matcher(text);
        while (boundary.find()) {
            if (isAbbreviation(text, boundary.start())) {
                continue;
            }
            if (boundary.end() <= offset) {
                start = boundary.end();
            } else {
                end = boundary.start() + 1;
                break;
            }
        }
        return text.substring(start, Math.max(start, Math.min(end, text.length()))).strip();
    }

    private static boolean isAbbreviation(String text, int stop) {
        int from = Math.max(0, stop - 12);
        return ABBREVIATION.matcher(text.substring(from, stop)).find();
    }
}
