package org.dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A sink that keeps the written files in memory; safe for the renderer's parallel writes. */
final class MemorySink implements PageSink {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String path, byte[] content) {
        if (files.put(path, content.clone()) != null) {
            throw new IllegalStateException("Written twice: " + path);
        }
    }

    /** The files by path, sorted. */
    SortedMap<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    String text(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new AssertionError("Not written: " + path + "; written: " + files().keySet());
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Renders {@code dossier} with the default templates. */
    static MemorySink render(org.dossier.link.LinkedDossier dossier) {
        MemorySink sink = new MemorySink();
        new SiteRenderer(Templates.defaults()).render(dossier, sink);
        return sink;
    }
}
