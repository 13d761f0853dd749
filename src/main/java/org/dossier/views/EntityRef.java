package org.dossier.views;

import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;

/**
 * An entity as a view names and links it.
 *
 * @param id the entity's id, e.g. {@code person/kim-jong-un}
 * @param kind its kind
 * @param name its canonical name
 * @param url its page relative to the site root
 */
public record EntityRef(String id, EntityKind kind, String name, String url) {

    /** The reference of {@code entity}. */
    public static EntityRef of(Entity entity) {
        return new EntityRef(entity.id(), entity.kind(), entity.name(), entity.url());
    }
}
