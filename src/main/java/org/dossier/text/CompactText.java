package org.dossier.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A long text kept in as little memory as a lossless form allows, for texts that are held for a
 * whole build and read rarely, such as an article's linked body. A Java string stores two bytes a
 * character as soon as one character is beyond Latin-1 (a curly quote, a dash), which most news
 * copy has: such a text is kept as UTF-8 instead, about half the size for mostly-Latin text. Texts
 * that a string already stores one byte a character, and texts with an unpaired surrogate (which
 * UTF-8 cannot carry), stay strings. A text can also be kept out of memory, on a {@link TextShelf}.
 * Reading gives back the same string, character for character.
 */
public final class CompactText {

    private final String text;
    private final byte[] utf8;
    private final Shelved shelved;
    /** The hash code once computed, as {@link String} keeps its own; 0 until then. */
    private int hash;

    private CompactText(String text, byte[] utf8, Shelved shelved, int hash) {
        this.text = text;
        this.utf8 = utf8;
        this.shelved = shelved;
        this.hash = hash;
    }

    /** Where on a shelf a text is kept. */
    private record Shelved(TextShelf shelf, long offset, int length) {}

    /** {@code text}, held in its most compact lossless form. */
    public static CompactText of(String text) {
        return smallerInUtf8(text)
                ? new CompactText(null, text.getBytes(StandardCharsets.UTF_8), null, 0)
                : new CompactText(text, null, null, 0);
    }

    /**
     * {@code text}, written as {@code utf8} at {@code offset} of {@code shelf}; its hash code is
     * that of the same text in memory.
     */
    static CompactText onShelf(TextShelf shelf, long offset, String text, byte[] utf8) {
        int hash = smallerInUtf8(text) ? Arrays.hashCode(utf8) : text.hashCode();
        return new CompactText(null, null, new Shelved(shelf, offset, utf8.length), hash);
    }

    /** Whether {@code text} reads back the same from UTF-8: whether it has no unpaired surrogate. */
    static boolean survivesUtf8(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has a character beyond Latin-1 and no unpaired surrogate. */
    private static boolean smallerInUtf8(String text) {
        return text.chars().anyMatch(c -> c > 0xFF) && survivesUtf8(text);
    }

    /** The text. */
    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        return utf8 != null ? new String(utf8, StandardCharsets.UTF_8) : shelved.shelf().read(shelved.offset(), shelved.length());
    }

    /**
     * Equal texts held in memory are held in the same form, so they compare without being read
     * back; a text on a shelf is read back unless it is the same place on the same shelf.
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof CompactText that)) {
            return false;
        }
        if (shelved == null && that.shelved == null) {
            return Objects.equals(text, that.text) && Arrays.equals(utf8, that.utf8);
        }
        return Objects.equals(shelved, that.shelved) || hashCode() == that.hashCode() && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = text != null ? text.hashCode() : Arrays.hashCode(utf8);
            hash = h;
        }
        return h;
    }
}
