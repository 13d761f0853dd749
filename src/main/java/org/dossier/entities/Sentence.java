package org.dossier.entities;

/**
 * A sentence of a block of text, kept as its place in the block rather than copied out of it: a
 * large dossier's mentions quote millions of sentences, and the blocks they stand in are held
 * for the whole build anyway. Reads, compares and hashes as the string of its characters would,
 * so two sentences with the same words are equal wherever they stand.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sentence implements CharSequence, Comparable<Sentence> {

    private final String text;
    private final int start;
    private final int end;
    /** The hash of the characters, computed when first asked for; 0 until then. */
    private int hash;
    /** Whether the sentence is a credit line, read when first asked for: 0 until then, 1 if it is, 2 if not. */
    private byte creditLine;

    private Sentence(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /** The sentence that is the whole of {@code sentence}. */
    public static Sentence of(String sentence) {
        return new Sentence(sentence, 0, sentence.length());
    }

    /** The characters {@code [start, end)} of {@code text}, without the white space around them, as {@link String#strip()} leaves them. */
    public static Sentence stripped(String text, int start, int end) {
        checkBounds(text, start, end);
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        return new Sentence(text, from, to);
    }

    /** The characters {@code [start, end)} of {@code text}. */
    static Sentence in(String text, int start, int end) {
        checkBounds(text, start, end);
        return new Sentence(text, start, end);
    }

    private static void checkBounds(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("sentence [" + start + ", " + end + ") of a text of " + text.length());
        }
    }

    /** Where the sentence starts in the text it was cut from. */
    public int start() {
        return start;
    }

    /** Where the sentence ends in the text it was cut from (the offset after its last character). */
    public int end() {
        return end;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().subSequence(from, to);
    }

    /**
     * Whether {@code part} stands in the sentence. Only the sentence is read, not the rest of its
     * block: a paragraph of thousands of sentences asks this of each.
     */
    public boolean contains(String part) {
        if (part.isEmpty()) {
            return true;
        }
        char first = part.charAt(0);
        for (int at = start; at + part.length() <= end; at++) {
            if (text.charAt(at) == first && text.startsWith(part, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence is empty or white space only. */
    public boolean isBlank() {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence credits the article's makers, as {@link Mention#readsAsCreditLine} reads
     * it; read once, as one sentence often holds the mentions of several entities.
     */
    boolean isCreditLine() {
        byte read = creditLine;
        if (read == 0) {
            read = Mention.readsAsCreditLine(this) ? (byte) 1 : (byte) 2;
            creditLine = read;
        }
        return read == 1;
    }

    /** The sentence's characters as a string; a new string each time unless the sentence is its whole text. */
    @Override
    public String toString() {
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sentence that && length() == that.length()
                && (text == that.text && start == that.start || text.regionMatches(start, that.text, that.start, length()));
    }

    /** In the order {@link String#compareTo} gives the same characters. */
    @Override
    public int compareTo(Sentence other) {
        int common = Math.min(length(), other.length());
        for (int i = 0; i < common; i++) {
            char a = text.charAt(start + i);
            char b = other.text.charAt(other.start + i);
            if (a != b) {
                return a - b;
            }
        }
        return length() - other.length();
    }

    /** The hash {@link String#hashCode()} gives the same characters. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            hash = h;
        }
        return h;
    }
}
