package org.dossier.render;

import java.util.Map;
import org.dossier.entities.Entity;

/**
 * A link to an entity page, with an optional count shown beside it.
 *
 * @param name the entity's name
 * @param href its page, relative to the page showing the link
 * @param count what the count beside it says, e.g. {@code 3 articles}, or null
 */
public record EntityLink(String name, String href, String count) {

    /** A link to an entity with the number of articles beside it, from a page {@code root} leads back from. */
    static EntityLink counted(Map.Entry<Entity, Integer> articles, String root) {
        Entity entity = articles.getKey();
        return new EntityLink(entity.name(), root + entity.url(), EntityPage.plural(articles.getValue(), "article"));
    }
}
