package org.dossier.entities;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The sentences of {@code text}, found once, for a text with many offsets to look up: the
     * split's {@link Split#around(int)} gives what {@link #around(String, int)} gives, and one
     * string per sentence however many offsets fall in it.
     */
    public static Split split(String text) {
        List<int[]> boundaries = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        while (boundary.find()) {
            if (!isAbbreviation(text, boundary.start())) {
                boundaries.add(new int[] {boundary.start(), boundary.end()});
            }
        }
        return new Split(text, boundaries);
    }

    /** The sentence boundaries of one text. Not thread-safe: it keeps the sentences it has cut. */
    public static final class Split {
        private final String text;
        private final int[] stops;
        private final int[] nextStarts;
        private final String[] sentences;

        private Split(String text, List<int[]> boundaries) {
            this.text = text;
            this.stops = boundaries.stream().mapToInt(b -> b[0]).toArray();
            this.nextStarts = boundaries.stream().mapToInt(b -> b[1]).toArray();
            this.sentences = new String[boundaries.size() + 1];
        }

        /** The sentence that contains {@code offset}, trimmed, as {@link Sentences#around} finds it. */
        public String around(int offset) {
            // The first boundary whose following sentence starts after the offset ends this sentence.
            int low = 0;
            int high = nextStarts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (nextStarts[middle] <= offset) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            if (sentences[low] == null) {
                int start = low > 0 ? nextStarts[low - 1] : 0;
                int end = low < stops.length ? stops[low] + 1 : text.length();
                sentences[low] = text.substring(start, Math.max(start, Math.min(end, text.length()))).strip();
            }
            return sentences[low];
        }
    }

    /** Whether the word before the stop at {@code stop} is an abbreviation: read in the last 12 characters, as if they were all the text. */
    private static boolean isAbbreviation(String text, int stop) {
        return ABBREVIATION.matcher(text).region(Math.max(0, stop - 12), stop).find();
    }
}
