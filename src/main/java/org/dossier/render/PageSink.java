package org.dossier.render;

/** Where rendered files go: a path relative to the site root and its bytes. Thread-safe. */
@FunctionalInterface
public interface PageSink {

    /** Writes {@code content} at {@code path} (relative, {@code /}-separated) in the site. */
    void write(String path, byte[] content);
}
