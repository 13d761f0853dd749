package org.dossier.loader;

import java.util.Locale;

/**
 * The form of a text used to tell whether two pieces say the same thing: lower case, curly quotes
 * made straight, spaces collapsed. A caption pasted twice, once as HTML and once as text, or a
 * standfirst repeated as the first paragraph, have the same key.
 */
final class TextKey {

    private TextKey() {}

    /** The comparison key of {@code text}. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = switch (text.charAt(i)) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
                default -> text.charAt(i);
            };
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
