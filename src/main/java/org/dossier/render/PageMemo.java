package org.dossier.render;

import java.util.Optional;
import org.dossier.memo.Memo;

/**
 * The digest of what each page of the last render was made from (title, content template and
 * view model, see {@link ModelDigest}), by path, so that a live build renders again only the
 * pages whose inputs changed. Under the same templates and settings the same inputs give the
 * same bytes, so a memo holds only as long as those stay the same. A render reads the digests
 * the render before it recorded and records its own. Thread-safe: pages render in parallel.
 */
public final class PageMemo {

    /** Remembers nothing: every page renders, as in a one-off build. */
    public static final PageMemo NONE = new PageMemo(Memo.none());

    private static final ThreadLocal<ModelDigest> DIGESTS = ThreadLocal.withInitial(ModelDigest::new);

    private final Memo<String, ModelDigest.Digest> digests;

    private PageMemo(Memo<String, ModelDigest.Digest> digests) {
        this.digests = digests;
    }

    /** A memo for a first render, which records its pages for the next. */
    public static PageMemo empty() {
        return new PageMemo(Memo.empty());
    }

    /** The memo of the render after this one: it compares with what this one recorded. */
    public PageMemo next() {
        return new PageMemo(digests.next());
    }

    /**
     * Records what the page at {@code path} is rendered from, and tells whether the last render
     * rendered it from the same.
     */
    boolean unchanged(String path, String title, String template, Object model) {
        if (!digests.remembers()) {
            return false;
        }
        Optional<ModelDigest.Digest> digest = DIGESTS.get().of(title, template, model);
        if (digest.isEmpty()) {
            return false;
        }
        digests.record(path, digest.get());
        return digest.equals(digests.previous(path));
    }
}
