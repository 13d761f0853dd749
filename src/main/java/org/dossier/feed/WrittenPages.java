package org.dossier.feed;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import org.dossier.render.PageSink;

/**
 * A sink that passes every file on and remembers its path, so the sitemap lists exactly the pages
 * the build wrote, whichever renderer wrote them. Thread-safe.
 */
public final class WrittenPages implements PageSink {

    private final PageSink next;
    private final ConcurrentSkipListSet<String> paths = new ConcurrentSkipListSet<>();

    public WrittenPages(PageSink next) {
        this.next = next;
    }

    @Override
    public void write(String path, byte[] content) {
        next.write(path, content);
        paths.add(path);
    }

    @Override
    public void write(String path, Iterable<String> parts) {
        next.write(path, parts);
        paths.add(path);
    }

    @Override
    public boolean keep(String path) {
        boolean kept = next.keep(path);
        if (kept) {
            paths.add(path);
        }
        return kept;
    }

    /** The paths written so far, sorted. */
    public List<String> paths() {
        return List.copyOf(paths);
    }
}
