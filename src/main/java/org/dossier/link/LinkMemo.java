package org.dossier.link;

import java.util.List;
import java.util.function.BiFunction;
import org.dossier.memo.Memo;
import org.dossier.text.CompactText;

/**
 * The linked bodies of the last link, by everything each was linked from (the body and its
 * {@link LinkTarget}s), so that a live build puts links again only into the bodies where one of
 * those changed.
 */
public final class LinkMemo {

    /** Remembers nothing: every body is linked, as in a one-off build. */
    public static final LinkMemo NONE = new LinkMemo(Memo.none());

    private final Memo<BodyReading, CompactText> bodies;

    private LinkMemo(Memo<BodyReading, CompactText> bodies) {
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
    CompactText linked(CompactText html, List<LinkTarget> targets, BiFunction<String, List<LinkTarget>, CompactText> link) {
        return bodies.get(new BodyReading(html, targets), reading -> link.apply(reading.html().toString(), reading.targets()));
    }

    /** What one body is linked from. */
    private record BodyReading(CompactText html, List<LinkTarget> targets) {}
}
