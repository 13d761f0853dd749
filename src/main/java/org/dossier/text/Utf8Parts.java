package org.dossier.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
     * The parts, joined, in UTF-8.
     *
     * @throws IllegalStateException when the text takes more bytes than one array can hold
     */
    public static byte[] join(Iterable<String> parts) {
        List<byte[]> encoded = new ArrayList<>();
        long length = 0;
        for (String part : parts) {
            encoded.add(part.getBytes(StandardCharsets.UTF_8));
            length += encoded.get(encoded.size() - 1).length;
        }
        if (length > MAX_BYTES) {
            throw new IllegalStateException("A file of " + length + " bytes is more than one file of the site can hold");
        }
        byte[] bytes = new byte[(int) length];
        int at = 0;
        for (int i = 0; i < encoded.size(); i++) {
            System.arraycopy(encoded.get(i), 0, bytes, at, encoded.get(i).length);
            at += encoded.get(i).length;
            encoded.set(i, null);
        }
        return bytes;
    }
}
