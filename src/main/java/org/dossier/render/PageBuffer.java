package org.dossier.render;

import java.io.Writer;

/**
 * The text of a page as a template writes it: a {@link Writer} over a {@link StringBuilder},
 * without the locking of {@link java.io.StringWriter}, that escapes values for HTML in place.
 * One per page and thread.
 */
final class PageBuffer extends Writer {

    /** What Mustache writes for the characters it escapes, by character; {@code null} for the rest. */
    private static final String[] ESCAPES = new String[97];

    static {
        for (int c = 0; c <= 13; c++) {
            ESCAPES[c] = "&#" + c + ";";
        }
        ESCAPES['"'] = "&quot;";
        ESCAPES['&'] = "&amp;";
        ESCAPES['\''] = "&#39;";
        ESCAPES['<'] = "&lt;";
        ESCAPES['='] = "&#61;";
        ESCAPES['>'] = "&gt;";
        ESCAPES['`'] = "&#96;";
    }

    private final StringBuilder text = new StringBuilder(8192);

    /**
     * Appends {@code value} escaped exactly as Mustache's {@code HtmlEscaper} does: the markup
     * characters, the equals sign, the backtick and the control characters up to carriage return
     * become character references.
     */
    void escape(String value) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = c < ESCAPES.length ? ESCAPES[c] : null;
            if (escape != null) {
                text.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        text.append(value, from, value.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String value) {
        text.append(value);
    }

    @Override
    public void write(String value, int offset, int length) {
        text.append(value, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return text.toString();
    }
}
