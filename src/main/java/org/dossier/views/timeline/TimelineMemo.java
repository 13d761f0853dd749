package org.dossier.views.timeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The reports the last timeline read from each body block, by everything they were read from
 * (the article, the block, the entities named in it), so that a live build looks for dates
 * again only in the blocks where one of those changed. A timeline reads what the timeline
 * before it recorded and records what it reads itself, reused or not, so the memo holds one
 * timeline's blocks and forgets blocks that are gone. Thread-safe: articles are read in parallel.
 */
public final class TimelineMemo {

    /** Remembers nothing: every block is read, as in a one-off build. */
    public static final TimelineMemo NONE = new TimelineMemo(Map.of(), null);

    private final Map<Timeline.BlockReading, List<TimelineEvent>> previous;
    /** What this timeline read; null for a memo that remembers nothing. */
    private final Map<Timeline.BlockReading, List<TimelineEvent>> current;

    private TimelineMemo(Map<Timeline.BlockReading, List<TimelineEvent>> previous,
            Map<Timeline.BlockReading, List<TimelineEvent>> current) {
        this.previous = previous;
        this.current = current;
    }

    /** A memo for a first timeline, which records its blocks' reports for the next. */
    public static TimelineMemo empty() {
        return new TimelineMemo(Map.of(), new ConcurrentHashMap<>());
    }

    /** The memo of the timeline after this one: it reuses what this one recorded. */
    public TimelineMemo next() {
        return current == null ? this : new TimelineMemo(current, new ConcurrentHashMap<>());
    }

    /** The reports of one block: the last timeline's if it read the same, else {@code read}'s. */
    List<TimelineEvent> events(Timeline.BlockReading reading, Function<Timeline.BlockReading, List<TimelineEvent>> read) {
        List<TimelineEvent> events = previous.get(reading);
        if (events == null) {
            events = read.apply(reading);
        }
        if (current != null) {
            current.put(reading, events);
        }
        return events;
    }
}
