package org.dossier.views.timeline;

import java.util.List;
import java.util.Optional;
import org.dossier.views.EntityRef;

/**
 * A dated event: when, what each source says of it, and the entities the sentences name.
 *
 * @param when the period it happened in, or empty when no source's date could be resolved
 * @param sources the articles that report it, in reading order
 * @param entities the people, countries, places and organisations the sentences name, by name
 * @param articles how many different articles the sources are from
 */
public record TimelineEvent(Optional<TimePoint> when, List<EventSource> sources, List<EntityRef> entities,
        int articles) {

    public TimelineEvent {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        if (articles < 1 || articles > sources.size()) {
            throw new IllegalArgumentException(articles + " articles for " + sources.size() + " sources");
        }
    }

    /** The first report, whose sentence stands for the event. */
    public EventSource lead() {
        return sources.get(0);
    }
}
