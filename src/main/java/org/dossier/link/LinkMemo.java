package org.dossier.link;

import java.util.List;
import java.util.function.BiFunction;
import org.dossier.memo.Memo;

/**
 * The linked bodies of the last link, by everything each was linked from (the body and its
 * {@link LinkTarget}s), so that a live build puts links again only into the bodies where one of
 * those changed.
 */
public final class LinkMemo {

    /** Remembers nothing: every body is linked, as in a one-off build. */
    public static final LinkMemo NONE = new LinkMemo(Memo.none());

    private final Memo<BodyReading, String> bodies;

    private LinkMemo(Memo<BodyReading, String> bodies) {
        this.bodies = bodies;
    }

    /** A memo for a first link, which records its bodies for the next. */
    public static LinkMemo empty() {
        return new LinkMemo(Memo.empty());
    }

    /** The memo of the link after this one: it reuses what this one recorded. */
    public LinkMemo next() {
        return new LinkMemo(bodies.next());
    }

    /** The body {@code html} linked to {@code targets}: the last link's if it had the same, else {@code link}'s. */
    String linked(String html, List<LinkTarget> targets, BiFunction<String, List<LinkTarget>, String> link) {
        return bodies.get(new BodyReading(html, targets), reading -> link.apply(reading.html(), reading.targets()));
    }

    /** What one body is linked from. */
    private record BodyReading(String html, List<LinkTarget> targets) {}
}
