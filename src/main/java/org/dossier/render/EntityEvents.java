package org.dossier.render;

import java.util.List;

/**
 * The dated events an entity page lists, supplied by the timeline, which is built above this
 * package. Each element is a view for the {@code views-event} partial.
 */
@FunctionalInterface
public interface EntityEvents {

    /** No events: entity pages show none. */
    EntityEvents NONE = (id, root) -> List.of();

    /**
     * The events that name entity {@code id}, earliest first, for a page whose relative prefix
     * back to the site root is {@code root}.
     */
    List<?> of(String id, String root);
}
