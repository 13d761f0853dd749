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
 * UTF-8 cannot carry), stay strings. Reading gives back the same string, character for character.
 */
public final class CompactText {

    private final String text;
    private final byte[] utf8;
    /** The hash code once computed, as {@link String} keeps its own; 0 until then. */
    private int hash;

    private CompactText(String text, byte[] utf8) {
        this.text = text;
        this.utf8 = utf8;
    }

    /** {@code text}, held in its most compact lossless form. */
    public static CompactText of(String text) {
        return smallerInUtf8(text) ? new CompactText(null, text.getBytes(StandardCharsets.UTF_8)) : new CompactText(text, null);
    }

    /** Whether the text has a character beyond Latin-1 and no unpaired surrogate. */
    private static boolean smallerInUtf8(String text) {
        boolean wide = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                wide = true;
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
        }
        return wide;
    }

    /** The text. */
    @Override
    public String toString() {
        return text != null ? text : new String(utf8, StandardCharsets.UTF_8);
    }

    /** Equal texts are held in the same form, so they compare without being read back. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CompactText that
                && Objects.equals(text, that.text) && Arrays.equals(utf8, that.utf8);
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
