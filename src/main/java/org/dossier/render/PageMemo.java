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
    public static final PageMemo NONE = new PageMemo(Memo.none(), Memo.none());

    private static final ThreadLocal<ModelDigest> DIGESTS = ThreadLocal.withInitial(ModelDigest::new);

    private final Memo<String, ModelDigest.Digest> digests;
    /** The digests of what some pages are made from, before their models are, by path. */
    private final Memo<String, ModelDigest.Digest> inputs;

    private PageMemo(Memo<String, ModelDigest.Digest> digests, Memo<String, ModelDigest.Digest> inputs) {
        this.digests = digests;
        this.inputs = inputs;
    }

    /** A memo for a first render, which records its pages for the next. */
    public static PageMemo empty() {
        return new PageMemo(Memo.empty(), Memo.empty());
    }

    /** The memo of the render after this one: it compares with what this one recorded. */
    public PageMemo next() {
        return new PageMemo(digests.next(), inputs.next());
    }

    /** Whether this memo records anything: without it, no page is ever found unchanged. */
    boolean remembers() {
        return digests.remembers();
    }

    /**
     * Records what the page at {@code path} is made from, before its model is, and tells whether
     * the last render made it from the same: then its model is the same too, and is recorded as
     * this render's without being made.
     */
    boolean inputsUnchanged(String path, ModelDigest.Digest made) {
        if (!digests.remembers()) {
            return false;
        }
        inputs.record(path, made);
        Optional<ModelDigest.Digest> model = digests.previous(path);
        if (model.isPresent() && inputs.previous(path).filter(made::equals).isPresent()) {
            digests.record(path, model.get());
            return true;
        }
        return false;
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
