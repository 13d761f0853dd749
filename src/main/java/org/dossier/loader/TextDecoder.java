package org.dossier.loader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;

/**
 * Turns the bytes of an article file into text: UTF-8 when it is valid, windows-1252 (a superset
 * of Latin-1 that covers what older tools save) when it is not, UTF-16 when a byte order mark says
 * so. Byte order marks are dropped, CRLF and lone CR line ends become LF, and control characters
 * other than tab and line feed, and noncharacters, are removed. Binary files are refused.
 */
final class TextDecoder {

    private static final char REPLACEMENT = '\uFFFD';
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
        {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {'R', 'I', 'F', 'F'}, {0x1F, (byte) 0x8B}
    };

    private TextDecoder() {}

    /** The text of {@code bytes}, or empty (with a warning) when they are not text. */
    static Optional<String> decode(byte[] bytes, Path shownFile, Diagnostics warnings) {
        if (startsWith(bytes, (byte) 0xFE, (byte) 0xFF)) {
            return Optional.of(normalise(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)));
        }
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE)) {
            return Optional.of(normalise(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)));
        }
        if (looksBinary(bytes)) {
            warnings.warn(Diagnostic.of(shownFile, "binary file, not text; skipped"));
            return Optional.empty();
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf(REPLACEMENT) < 0) {
            // Nothing was replaced, so the bytes are valid UTF-8: the JDK's own decoding is the
            // fast one, and the strict decoder below is needed only to tell a replaced byte from
            // a replacement character written in the file.
            return Optional.of(normalise(lenient));
        }
        try {
            return Optional.of(normalise(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (CharacterCodingException notUtf8) {
            warnings.warn(Diagnostic.of(shownFile, "not valid UTF-8; read as windows-1252"));
            return Optional.of(normalise(new String(bytes, WINDOWS_1252)));
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return true;
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Drops byte order marks and control characters and makes every line end a single LF. */
    static String normalise(String text) {
        int first = firstToNormalise(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isDropped(c)) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first character {@link #normalise} changes or drops, or -1 if none. */
    private static int firstToNormalise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || isDropped(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@link #normalise} drops {@code c}: a byte order mark, a control character other
     * than tab, line feed and carriage return (which becomes a line feed), or a noncharacter
     * (U+FDD0 to U+FDEF, U+FFFE, U+FFFF), none of which HTML or XML may carry.
     */
    private static boolean isDropped(char c) {
        return c == '\uFEFF' || (c < ' ' && c != '\n' && c != '\t' && c != '\r') || c >= '\u007F' && c <= '\u009F'
                || c >= '\uFDD0' && c <= '\uFDEF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
