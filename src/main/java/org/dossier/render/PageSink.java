package org.dossier.render;

/** Where rendered files go: a path relative to the site root and its bytes. Thread-safe. */
@FunctionalInterface
public interface PageSink {

    /** Writes {@code content} at {@code path} (relative, {@code /}-separated) in the site. */
    void write(String path, byte[] content);

    /**
     * Keeps the file at {@code path} as this sink's last site had it, in place of writing it
     * again, when the caller knows its bytes would be the same. Returns whether it did; if not
     * (a sink with no last site, or a file changed since), the file must be written.
     */
    default boolean keep(String path) {
        return false;
    }
}
