package org.dossier.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.text.Scan;

/**
 * Finds the sentence around an offset in a block of text, by punctuation: a sentence ends at
 * {@code .}, {@code !} or {@code ?} (with closing quotes) followed by space and an upper-case
 * letter, digit or opening quote, unless the word before the stop is a common abbreviation or
 * an initial: a capital alone, unless a lower-case word stands before it ({@code posted on X.},
 * {@code vitamin C.}), as no initial of a name does in running text.
 */
public final class Sentences {

    /**
     * The longest sentence, in characters: a run of text without a sentence's end, such as a list
     * or a paste that lost its punctuation, is cut into pieces no longer, so that a quote around
     * a mention stays a quote and no step reads a whole block for each mention in it.
     */
    static final int MAX_SENTENCE = 1_000;

    /** What may close a sentence after its stop: quotes and a parenthesis. */
    private static final String CLOSERS = "\"'\u201d\u2019)";
    /** What may open a sentence besides an upper-case letter or a digit. */
    private static final String OPENERS = "\"'\u201c\u2018(";
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\\b\\p{Lu}|\\b(?:\\p{Lu}\\.)+\\p{Lu})$");

    /** The last letters of the words of {@link #ABBREVIATION}. */
    private static final String ABBREVIATION_ENDS = "bcdfglnoprstv";

    private Sentences() {}

    /** The sentence of {@code text} that contains {@code offset}, trimmed. */
    public static String around(String text, int offset) {
        Split split = split(text);
        return split.sentence(split.indexAt(offset)).toString();
    }

    /**
     * The sentences of {@code text}, found once, for a text with many offsets to look up: the
     * split's {@link Split#around(int)} gives what {@link #around(String, int)} gives, as one
     * {@link Sentence} per sentence however many offsets fall in it.
     */
    public static Split split(String text) {
        List<int[]> boundaries = new ArrayList<>();
        int start = 0;
        for (int stop = nextStop(text, 0); stop < text.length(); stop = nextStop(text, stop + 1)) {
            int next = boundaryEnd(text, stop);
            if (next < 0) {
                continue;
            }
            if (!isAbbreviation(text, stop)) {
                start = cutLong(text, start, stop + 1, boundaries);
                boundaries.add(new int[] {stop, next});
                start = next;
            }
            stop = next - 1;
        }
        cutLong(text, start, text.length(), boundaries);
        return new Split(text, boundaries);
    }

    /**
     * Cuts a run of text without a sentence's end, {@code [start, end)}, into pieces of at most
     * {@link #MAX_SENTENCE} characters, at the last space that fits where there is one, adding
     * their boundaries; returns where the last piece starts.
     */
    private static int cutLong(String text, int start, int end, List<int[]> boundaries) {
        while (end - start > MAX_SENTENCE) {
            int limit = start + MAX_SENTENCE;
            int space = text.lastIndexOf(' ', limit);
            int cut = space > start ? space : Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
            int next = cut;
            while (next < end && text.charAt(next) == ' ') {
                next++;
            }
            boundaries.add(new int[] {cut - 1, next});
            start = next;
        }
        return start;
    }

    /** The first full stop, exclamation or question mark at or after {@code from}; the text's length if none. */
    private static int nextStop(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Where the sentence after the stop at {@code stop} starts, or -1 when the stop ends none: it
     * takes closing quotes, then white space, then an upper-case letter, a digit or an opening quote.
     */
    private static int boundaryEnd(String text, int stop) {
        int i = stop + 1;
        while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int space = i;
        while (i < text.length() && Scan.isAsciiSpace(text.charAt(i))) {
            i++;
        }
        if (i == space || i == text.length()) {
            return -1;
        }
        int c = text.codePointAt(i);
        return Character.getType(c) == Character.UPPERCASE_LETTER || c >= '0' && c <= '9' || OPENERS.indexOf(c) >= 0 ? i : -1;
    }

    /** The sentence boundaries of one text. Not thread-safe: it keeps the sentences it has cut. */
    public static final class Split {
        private final String text;
        private final int[] stops;
        private final int[] nextStarts;
        private final Sentence[] sentences;

        private Split(String text, List<int[]> boundaries) {
            this.text = text;
            this.stops = boundaries.stream().mapToInt(b -> b[0]).toArray();
            this.nextStarts = boundaries.stream().mapToInt(b -> b[1]).toArray();
            this.sentences = new Sentence[boundaries.size() + 1];
        }

        /**
         * The sentence that contains {@code offset}, trimmed, as {@link Sentences#around} finds it;
         * the same object for every offset in it.
         */
        public Sentence around(int offset) {
            int index = indexAt(offset);
            if (sentences[index] == null) {
                sentences[index] = sentence(index);
            }
            return sentences[index];
        }

        /** The index of the sentence that holds {@code offset}. */
        private int indexAt(int offset) {
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
            return low;
        }

        /** The sentence at {@code index}, without the white space around it. */
        private Sentence sentence(int index) {
            int start = index > 0 ? nextStarts[index - 1] : 0;
            int end = Math.max(start, Math.min(index < stops.length ? stops[index] + 1 : text.length(), text.length()));
            return Sentence.stripped(text, start, end);
        }
    }

    /** Whether the word before the stop at {@code stop} is an abbreviation: read in the last 12 characters, as if they were all the text. */
    private static boolean isAbbreviation(String text, int stop) {
        return mayEndAbbreviation(text, stop) && ABBREVIATION.matcher(text).region(Math.max(0, stop - 12), stop).find()
                && !isCapitalAfterLowerCaseWord(text, stop);
    }

    /**
     * Whether {@link #ABBREVIATION} may end at {@code stop}: the character before it is not ASCII,
     * or is a capital or the last letter of one of the words, and does not end a run of five ASCII
     * letters, as no word of the list is that long and an initial stands alone. Most stops are
     * told apart here without running the pattern.
     */
    static boolean mayEndAbbreviation(String text, int stop) {
        if (stop == 0) {
            return false;
        }
        char last = text.charAt(stop - 1);
        if (last >= 0x80) {
            return true;
        }
        if ((last < 'A' || last > 'Z') && ABBREVIATION_ENDS.indexOf(last) < 0) {
            return false;
        }
        int letters = 0;
        for (int i = stop - 1; i >= 0 && letters < 5 && isAsciiLetter(text.charAt(i)); i--) {
            letters++;
        }
        return letters < 5;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether a capital stands alone before the stop, after a word in lower case. */
    private static boolean isCapitalAfterLowerCaseWord(String text, int stop) {
        if (stop < 3 || Character.getType(text.codePointBefore(stop)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int space = stop - Character.charCount(text.codePointBefore(stop)) - 1;
        if (space < 1 || text.charAt(space) != ' ') {
            return false;
        }
        int start = space;
        while (start > 0 && Character.isLetter(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        return start < space && Character.getType(text.codePointAt(start)) == Character.LOWERCASE_LETTER;
    }
}
