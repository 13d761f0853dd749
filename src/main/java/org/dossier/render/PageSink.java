package org.dossier.render;

import org.dossier.text.Utf8Parts;

/** Where rendered files go: a path relative to the site root and its bytes. Thread-safe. */
@FunctionalInterface
public interface PageSink {

    /** Writes {@code content} at {@code path} (relative, {@code /}-separated) in the site. */
    void write(String path, byte[] content);

    /**
     * Writes at {@code path} the text the {@code parts} make together, in UTF-8, each part encoded
     * on its own (so no part may end inside a surrogate pair), as {@link Utf8Parts#join} encodes
     * them: for the files of a large dossier that run to hundreds of megabytes, which a sink may
     * write a part at a time, as it reads them, instead of holding their bytes whole.
     */
    default void write(String path, Iterable<String> parts) {
        write(path, Utf8Parts.join(parts));
    }

    /**
     * Keeps the file at {@code path} as this sink's last site had it, in place of writing it
     * again, when the caller knows its bytes would be the same. Returns whether it did; if not
     * (a sink with no last site, or a file changed since), the file must be written.
     */
    default boolean keep(String path) {
        return false;
    }
}
