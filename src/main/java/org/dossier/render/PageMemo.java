package org.dossier.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest of what each page of the last render was made from (title, content template and
 * view model, see {@link ModelDigest}), by path, so that a live build renders again only the
 * pages whose inputs changed. Under the same templates and settings the same inputs give the
 * same bytes, so a memo holds only as long as those stay the same. A render reads the digests
 * the render before it recorded and records its own. Thread-safe: pages render in parallel.
 */
public final class PageMemo {

    /** Remembers nothing: every page renders, as in a one-off build. */
    public static final PageMemo NONE = new PageMemo(Map.of(), null);

    private static final ThreadLocal<ModelDigest> DIGESTS = ThreadLocal.withInitial(ModelDigest::new);

    private final Map<String, ModelDigest.Digest> previous;
    /** What this render recorded; null for a memo that remembers nothing. */
    private final Map<String, ModelDigest.Digest> current;

    private PageMemo(Map<String, ModelDigest.Digest> previous, Map<String, ModelDigest.Digest> current) {
        this.previous = previous;
        this.current = current;
    }

    /** A memo for a first render, which records its pages for the next. */
    public static PageMemo empty() {
        return new PageMemo(Map.of(), new ConcurrentHashMap<>());
    }

    /** The memo of the render after this one: it compares with what this one recorded. */
    public PageMemo next() {
        return current == null ? this : new PageMemo(current, new ConcurrentHashMap<>());
    }

    /**
     * Records what the page at {@code path} is rendered from, and tells whether the last render
     * rendered it from the same.
     */
    boolean unchanged(String path, String title, String template, Object model) {
        if (current == null) {
            return false;
        }
        Optional<ModelDigest.Digest> digest = DIGESTS.get().of(title, template, model);
        if (digest.isEmpty()) {
            return false;
        }
        current.put(path, digest.get());
        return digest.get().equals(previous.get(path));
    }
}
