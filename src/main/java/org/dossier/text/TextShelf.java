package org.dossier.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;

/**
 * A temporary file where a build keeps the long texts it holds from one stage to a later one but
 * reads only once or twice, such as every article's body before and after linking, so that they
 * take no room in Java's heap. A text put on the shelf is a {@link CompactText} that reads itself
 * back from the file.
 *
 * <p>The file is deleted as soon as it is open where the system allows, else when the shelf is
 * closed, so nothing is left behind when a build stops, whatever the reason. Texts are written and
 * read at their own offsets, so any number of threads may keep and read texts at once. A text
 * read after the shelf is closed is an error. A shelf {@linkplain #inMemory() in memory} keeps its
 * texts as {@link CompactText#of} does.
 */
public final class TextShelf implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    private TextShelf(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** A new, empty shelf in {@code folder}. */
    public static TextShelf in(Path folder) {
        Path file = null;
        try {
            file = Files.createTempFile(folder, "dossier-texts-", ".tmp");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            deleteWhileOpen(file);
            return new TextShelf(file, channel);
        } catch (IOException e) {
            if (file != null) {
                deleteWhileOpen(file);
            }
            throw failure(file != null ? file : folder, e);
        }
    }

    /** A shelf that keeps its texts in memory, for where no file can be made. */
    public static TextShelf inMemory() {
        return new TextShelf(null, null);
    }

    /**
     * {@code text}, kept on this shelf; a text UTF-8 cannot carry (one with an unpaired surrogate)
     * is kept in memory instead.
     */
    public CompactText keep(String text) {
        if (channel == null || !CompactText.survivesUtf8(text)) {
            return CompactText.of(text);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        long offset = end.getAndAdd(utf8.length);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(utf8);
            while (buffer.hasRemaining()) {
                channel.write(buffer, offset + buffer.position());
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
        return CompactText.onShelf(this, offset, text, utf8);
    }

    /** The text of {@code length} UTF-8 bytes at {@code offset}. */
    String read(long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("the file ends before the text at " + offset);
                }
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Unlinks the file, open or not, where the system allows; an open one elsewhere goes when its channel closes. */
    private static void deleteWhileOpen(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The file cannot be removed while open here; DELETE_ON_CLOSE removes it at close.
        }
    }

    private static DossierException failure(Path file, IOException e) {
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new DossierException(Diagnostic.of(file, "cannot keep article texts in a temporary file: " + reason), e);
    }
}
