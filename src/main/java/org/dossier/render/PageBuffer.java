package org.dossier.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a page as a template writes it: a {@link Writer} that encodes what it is given in
 * UTF-8 at once, escaping values for HTML on the way, so a page's text is never held as a string.
 * The bytes are those {@link String#getBytes} would give for the whole text written (an unpaired
 * surrogate becomes {@code ?}), whatever pieces it came in. One per page and thread.
 */
final class PageBuffer extends Writer {

    /** What Mustache writes for the characters it escapes, by character; {@code null} for the rest. */
    private static final byte[][] ESCAPES = new byte[97][];

    static {
        for (int c = 0; c <= 13; c++) {
            ESCAPES[c] = ascii("&#" + c + ";");
        }
        ESCAPES['"'] = ascii("&quot;");
        ESCAPES['&'] = ascii("&amp;");
        ESCAPES['\''] = ascii("&#39;");
        ESCAPES['<'] = ascii("&lt;");
        ESCAPES['='] = ascii("&#61;");
        ESCAPES['>'] = ascii("&gt;");
        ESCAPES['`'] = ascii("&#96;");
    }

    private byte[] bytes = new byte[16_384];
    private int length;
    /** A high surrogate written last, waiting for the low one that may follow; 0 when none. */
    private char pendingHigh;

    /**
     * Appends {@code value} escaped exactly as Mustache's {@code HtmlEscaper} does: the markup
     * characters, the equals sign, the backtick and the control characters up to carriage return
     * become character references.
     */
    void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            byte[] escape = c < ESCAPES.length ? ESCAPES[c] : null;
            if (escape == null) {
                put(c);
            } else {
                closePair();
                reserve(escape.length);
                System.arraycopy(escape, 0, bytes, length, escape.length);
                length += escape.length;
            }
        }
    }

    /** {@code before}, this text and {@code after} in UTF-8. */
    byte[] utf8(String before, String after) {
        closePair();
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + length + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        System.arraycopy(bytes, 0, page, head.length, length);
        System.arraycopy(tail, 0, page, head.length + length, tail.length);
        return page;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String value) {
        write(value, 0, value.length());
    }

    @Override
    public void write(String value, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            put(value.charAt(i));
        }
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** The text written so far (an unpaired surrogate reads {@code ?}). */
    @Override
    public String toString() {
        closePair();
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** Encodes one character; most are ASCII and take this short path. */
    private void put(char c) {
        if (c < 0x80 && pendingHigh == 0) {
            reserve(1);
            bytes[length++] = (byte) c;
        } else {
            putBeyondAscii(c);
        }
    }

    private void putBeyondAscii(char c) {
        if (pendingHigh != 0 && Character.isLowSurrogate(c)) {
            int code = Character.toCodePoint(pendingHigh, c);
            pendingHigh = 0;
            reserve(4);
            bytes[length++] = (byte) (0xf0 | code >> 18);
            bytes[length++] = (byte) (0x80 | code >> 12 & 0x3f);
            bytes[length++] = (byte) (0x80 | code >> 6 & 0x3f);
            bytes[length++] = (byte) (0x80 | code & 0x3f);
            return;
        }
        closePair();
        reserve(3);
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xc0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xe0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        }
    }

    /** Writes a high surrogate that no low one followed as {@code ?}, as the JDK's encoder does. */
    private void closePair() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            reserve(1);
            bytes[length++] = '?';
        }
    }

    private void reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
