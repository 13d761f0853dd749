package org.dossier.render;

import java.util.List;

/**
 * The dated events an entity page lists, supplied by the timeline, which is built above this
 * package. Each element is a view for the {@code views-event} partial.
 */
@FunctionalInterface
public interface EntityEvents {

    /** No events: entity pages show none. */
    EntityEvents NONE = (id, root, limit) -> new Listed(List.of(), 0);

    /**
     * The first {@code limit} events that name entity {@code id}, earliest first, for a page
     * whose relative prefix back to the site root is {@code root}, and how many there are.
     */
    Listed of(String id, String root, int limit);

    /**
     * Some of an entity's events.
     *
     * @param events the views of the first events
     * @param total how many events name the entity
     */
    record Listed(List<?> events, int total) {

        public Listed {
            events = List.copyOf(events);
        }
    }
}
