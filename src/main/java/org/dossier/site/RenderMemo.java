package org.dossier.site;

import org.dossier.render.PageMemo;
import org.dossier.views.timeline.TimelineMemo;

/**
 * What a live build keeps from one render of the site to the next: what each page was made
 * from, and what the timeline read from each block. It holds only under the templates and
 * settings it was recorded with.
 *
 * @param pages the digests of every page's inputs
 * @param timeline the reports read from every body block
 */
record RenderMemo(PageMemo pages, TimelineMemo timeline) {

    /** Remembers nothing, as a one-off build. */
    static final RenderMemo NONE = new RenderMemo(PageMemo.NONE, TimelineMemo.NONE);

    /** A memo for a first render, which records what the next can reuse. */
    static RenderMemo empty() {
        return new RenderMemo(PageMemo.empty(), TimelineMemo.empty());
    }

    /** The memo of the render after this one. */
    RenderMemo next() {
        return new RenderMemo(pages.next(), timeline.next());
    }
}
