package org.dossier.views.timeline;

import java.util.List;
import java.util.function.Function;
import org.dossier.memo.Memo;

/**
 * The reports the last timeline read from each body block, by everything they were read from
 * (the article, the block, the entities named in it), so that a live build looks for dates
 * again only in the blocks where one of those changed.
 */
public final class TimelineMemo {

    /** Remembers nothing: every block is read, as in a one-off build. */
    public static final TimelineMemo NONE = new TimelineMemo(Memo.none());

    private final Memo<Timeline.BlockReading, List<TimelineEvent>> blocks;

    private TimelineMemo(Memo<Timeline.BlockReading, List<TimelineEvent>> blocks) {
        this.blocks = blocks;
    }

    /** A memo for a first timeline, which records its blocks' reports for the next. */
    public static TimelineMemo empty() {
        return new TimelineMemo(Memo.empty());
    }

    /** The memo of the timeline after this one: it reuses what this one recorded. */
    public TimelineMemo next() {
        return new TimelineMemo(blocks.next());
    }

    /** The reports of one block: the last timeline's if it read the same, else {@code read}'s. */
    List<TimelineEvent> events(Timeline.BlockReading reading, Function<Timeline.BlockReading, List<TimelineEvent>> read) {
        return blocks.get(reading, read);
    }
}
