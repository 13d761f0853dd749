package org.dossier.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

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

    /**
     * The longest text encoded through one string, which the JDK's encoder turns into UTF-8 far
     * faster than a loop over characters; a longer one (a page of tens of megabytes) is encoded in
     * place, so that it is not held twice more.
     */
    static final int STRING_ENCODING_LIMIT = 1 << 22;

    private final StringBuilder text = new StringBuilder(8192);

    /**
     * Appends {@code value} escaped exactly as Mustache's {@code HtmlEscaper} does: the markup
     * characters, the equals sign, the backtick and the control characters up to carriage return
     * become character references.
     */
    void escape(String value) {
        int first = firstEscaped(value);
        if (first < 0) {
            // Most values need no escape: appended whole, they are copied as an array.
            text.append(value);
            return;
        }
        int from = 0;
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = c < ESCAPES.length ? ESCAPES[c] : null;
            if (escape != null) {
                text.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        text.append(value, from, value.length());
    }

    private static int firstEscaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ESCAPES.length && ESCAPES[c] != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code before}, this text and {@code after} in UTF-8, as {@link String#getBytes} would
     * give them (an unpaired surrogate becomes {@code ?}), encoded straight into one array.
     */
    byte[] utf8(String before, String after) {
        return text.length() <= STRING_ENCODING_LIMIT ? (before + text + after).getBytes(StandardCharsets.UTF_8)
                : utf8InPlace(before, after);
    }

    /** What {@link #utf8} gives, encoded character by character without a copy of the text. */
    byte[] utf8InPlace(String before, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + utf8Length() + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        int at = head.length;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xc0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                bytes[at++] = (byte) (0xf0 | code >> 18);
                bytes[at++] = (byte) (0x80 | code >> 12 & 0x3f);
                bytes[at++] = (byte) (0x80 | code >> 6 & 0x3f);
                bytes[at++] = (byte) (0x80 | code & 0x3f);
            } else if (Character.isSurrogate(c)) {
                bytes[at++] = '?';
            } else {
                bytes[at++] = (byte) (0xe0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        System.arraycopy(tail, 0, bytes, at, tail.length);
        return bytes;
    }

    private int utf8Length() {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return length;
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
