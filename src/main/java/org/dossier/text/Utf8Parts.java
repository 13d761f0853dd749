package org.dossier.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes a long text given in parts into UTF-8, one part at a time. A file of a large dossier
 * (the search index, {@code entities.json}) can hold more characters than {@link String#getBytes}
 * can encode at once: it sizes its buffer at three bytes a character, which overflows an array
 * from about 700 million characters. Each part is encoded as {@code getBytes} would encode it
 * alone (an unpaired surrogate becomes {@code ?}), so parts must not split a surrogate pair.
 */
public final class Utf8Parts {

    /** The longest array this JVM allocates, a few bytes short of {@link Integer#MAX_VALUE}. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private Utf8Parts() {}

    /**
     * Adds {@code entries} to {@code parts}, each after a separator: {@code first} before the
     * first, {@code between} before each other one.
     */
    public static void addSeparated(List<String> parts, List<String> entries, String first, String between) {
        for (int i = 0; i < entries.size(); i++) {
            parts.add(i == 0 ? first : between);
            parts.add(entries.get(i));
        }
    }

    /**
     * The parts, joined, in UTF-8.
     *
     * @throws IllegalStateException when the text takes more bytes than one array can hold
     */
    public static byte[] join(List<String> parts) {
        byte[][] encoded = new byte[parts.size()][];
        long length = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = parts.get(i).getBytes(StandardCharsets.UTF_8);
            length += encoded[i].length;
        }
        if (length > MAX_BYTES) {
            throw new IllegalStateException("A file of " + length + " bytes is more than one file of the site can hold");
        }
        byte[] bytes = new byte[(int) length];
        int at = 0;
        for (int i = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, bytes, at, encoded[i].length);
            at += encoded[i].length;
            encoded[i] = null;
        }
        return bytes;
    }
}
