package org.dossier.views;

import java.util.Locale;

/**
 * Writing inline SVG: coordinates with a fixed number of decimals whatever the locale, so the same
 * layout gives byte-identical output, and text escaped for XML.
 */
public final class Svg {

    private Svg() {}

    /** A coordinate with one decimal, e.g. {@code 12.5}. */
    public static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code text} escaped for XML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }
}
