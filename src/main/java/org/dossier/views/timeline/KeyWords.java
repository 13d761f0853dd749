package org.dossier.views.timeline;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a text where a date rule can begin, found from the key words the rules hold.
 *
 * <p>A word here starts where an ASCII letter or digit follows anything else. Every match of a
 * date rule holds a key word (a month, a season, a year, ...) and begins on that word or on one of
 * the few words before it, so a rule is tried only there: a paragraph names a handful of dates
 * among hundreds of words.
 *
 * <p>Not thread-safe; made for one text.
 */
final class KeyWords {

    /** A word every match of some rule holds: what a key word starts with. */
    enum Key {
        /** {@code January} to {@code December} and their abbreviations. */
        MONTH("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        /** A season, in lower case. */
        SEASON("spring", "summer", "autumn", "fall", "winter"),
        /** {@code year} or {@code month}, as after {@code last}. */
        PERIOD("year", "month"),
        /** {@code Monday} to {@code Sunday}. */
        WEEKDAY("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        /** {@code yesterday}, capitalised or not. */
        YESTERDAY("yesterday", "Yesterday"),
        /** Four digits. */
        YEAR,
        /** Digits ending a decade, {@code 1970s}: the word that holds them, which may begin before them. */
        DECADE;

        private final List<String> prefixes;

        Key(String... prefixes) {
            this.prefixes = List.of(prefixes);
        }
    }

    /** The most words a rule may take before its key word. */
    static final int MOST_BEFORE = 2;

    private static final boolean[] WORD = new boolean[128];
    /** For each pair of ASCII characters, the key prefixes that start with them; else null. */
    private static final Prefix[][] PREFIXES = new Prefix[128 * 128][];

    static {
        for (char c = 0; c < 128; c++) {
            WORD[c] = isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        for (Key key : Key.values()) {
            for (String prefix : key.prefixes) {
                int pair = pair(prefix.charAt(0), prefix.charAt(1));
                Prefix[] known = PREFIXES[pair] == null ? new Prefix[0] : PREFIXES[pair];
                PREFIXES[pair] = Arrays.copyOf(known, known.length + 1);
                PREFIXES[pair][known.length] = new Prefix(prefix, key);
            }
        }
    }

    private final String text;
    /**
     * For each key, the words that begin one, in order, each as the offsets of the two words
     * before it (-1 for none) and its own.
     */
    private final int[][] keyWords = new int[Key.values().length][];
    private final int[] counts = new int[Key.values().length];
    /** Every word, given for every key instead of the key words; else null. */
    private int[] everyWord;

    private KeyWords(String text) {
        this.text = text;
    }

    /** The key words of {@code text}, found in one pass that keeps the two words before each word. */
    static KeyWords of(String text) {
        KeyWords words = new KeyWords(text);
        boolean inWord = false;
        int last = -1;
        int beforeLast = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = c < 128 && WORD[c];
            if (word && !inWord) {
                words.classify(i, c, last, beforeLast);
                beforeLast = last;
                last = i;
            }
            inWord = word;
        }
        for (int at = text.indexOf("0s"); at >= 0; at = text.indexOf("0s", at + 1)) {
            int word = words.wordAt(at - 3);
            if (word >= 0) {
                int before = words.wordAt(word - 1);
                words.add(Key.DECADE, word, before, before < 0 ? -1 : words.wordAt(before - 1));
            }
        }
        return words;
    }

    /**
     * Every word of {@code text} for every rule, as if no word were known not to begin a match:
     * what the key words must find the same dates as.
     */
    static KeyWords everyWord(String text) {
        KeyWords words = new KeyWords(text);
        int[] starts = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (words.isWord(i) && (i == 0 || !words.isWord(i - 1))) {
                starts[count++] = i;
            }
        }
        words.everyWord = Arrays.copyOf(starts, count);
        return words;
    }

    /**
     * The offsets, in order, of the words a rule can begin on: each word that begins a
     * {@code key}, and the {@code before} words before it, {@value #MOST_BEFORE} at most.
     */
    int[] starts(Key key, int before) {
        if (before < 0 || before > MOST_BEFORE) {
            throw new IllegalArgumentException("A rule may begin 0 to " + MOST_BEFORE + " words before its key, not " + before);
        }
        if (everyWord != null) {
            return everyWord;
        }
        int count = counts[key.ordinal()];
        int[] keys = keyWords[key.ordinal()];
        int[] offsets = new int[count * (before + 1)];
        int size = 0;
        for (int k = 0; k < count; k++) {
            // Words of an earlier key word's run are taken once: the runs and the words ascend.
            int taken = size == 0 ? -1 : offsets[size - 1];
            for (int word = MOST_BEFORE - before; word <= MOST_BEFORE; word++) {
                int offset = keys[k * (MOST_BEFORE + 1) + word];
                if (offset > taken) {
                    offsets[size++] = offset;
                }
            }
        }
        return Arrays.copyOf(offsets, size);
    }

    private void classify(int start, char first, int last, int beforeLast) {
        if (isDigit(first)) {
            if (start + 4 <= text.length() && isDigit(text.charAt(start + 1)) && isDigit(text.charAt(start + 2))
                    && isDigit(text.charAt(start + 3))) {
                add(Key.YEAR, start, last, beforeLast);
            }
            return;
        }
        char second = start + 1 < text.length() ? text.charAt(start + 1) : 0;
        Prefix[] prefixes = second < 128 ? PREFIXES[pair(first, second)] : null;
        if (prefixes != null) {
            for (Prefix prefix : prefixes) {
                if (text.startsWith(prefix.text(), start)) {
                    add(prefix.key(), start, last, beforeLast);
                }
            }
        }
    }

    private void add(Key key, int offset, int last, int beforeLast) {
        int k = key.ordinal();
        int at = counts[k] * (MOST_BEFORE + 1);
        if (keyWords[k] == null) {
            keyWords[k] = new int[4 * (MOST_BEFORE + 1)];
        } else if (at == keyWords[k].length) {
            keyWords[k] = Arrays.copyOf(keyWords[k], at * 2);
        }
        keyWords[k][at] = beforeLast;
        keyWords[k][at + 1] = last;
        keyWords[k][at + 2] = offset;
        counts[k]++;
    }

    /** The offset of the last word starting at or before {@code offset}, or -1. */
    private int wordAt(int offset) {
        int i = offset;
        while (i >= 0 && !isWord(i)) {
            i--;
        }
        if (i < 0) {
            return -1;
        }
        while (i > 0 && isWord(i - 1)) {
            i--;
        }
        return i;
    }

    private boolean isWord(int offset) {
        char c = text.charAt(offset);
        return c < 128 && WORD[c];
    }

    private static int pair(char first, char second) {
        return first << 7 | second;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private record Prefix(String text, Key key) {}
}
