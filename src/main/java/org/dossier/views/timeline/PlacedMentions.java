package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.views.EntityRef;
import org.dossier.views.timeline.Timeline.Placed;

/**
 * Where the entities other than figures are mentioned, article by article: what the timeline
 * reads the entities of a date's clause from. Read from the catalog's index of each article's
 * entities when an article is asked for, so that the places of a large dossier's millions of
 * mentions are never held at once. Thread-safe.
 */
final class PlacedMentions {

    private final EntityCatalog catalog;
    /** One reference for each entity, however many articles name it. */
    private final Map<String, EntityRef> refs = new ConcurrentHashMap<>();

    private PlacedMentions(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    /** The mentions of {@code catalog}. */
    static PlacedMentions of(EntityCatalog catalog) {
        return new PlacedMentions(catalog);
    }

    /**
     * The mentions in each block of article {@code article}, by block id: entities in the
     * catalog's order, each one's mentions in order.
     */
    Map<String, List<Placed>> inArticle(String article) {
        Map<String, List<Placed>> byBlock = new HashMap<>();
        for (Entity entity : catalog.inArticle(article)) {
            if (entity.kind() == EntityKind.FIGURE) {
                continue;
            }
            EntityRef ref = refs.computeIfAbsent(entity.id(), id -> EntityRef.of(entity));
            for (Mention mention : catalog.mentionsIn(entity, article)) {
                byBlock.computeIfAbsent(mention.span().block(), k -> new ArrayList<>()).add(new Placed(ref, mention.span().start()));
            }
        }
        return byBlock;
    }
}
