package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.views.EntityRef;
import org.dossier.views.timeline.Timeline.Placed;

/**
 * Where the entities other than figures are mentioned, by article: what the timeline reads the
 * entities of a date's clause from. Immutable once built.
 */
final class PlacedMentions {

    /** By article id, each mention with its entity: entities in the catalog's order, each one's mentions in order. */
    private final Map<String, List<Located>> byArticle;

    private PlacedMentions(Map<String, List<Located>> byArticle) {
        this.byArticle = byArticle;
    }

    /**
     * The mentions of {@code catalog}. Entities are read in parallel: each part of the catalog
     * groups its own mentions by article, and parts join in the catalog's order, so the lists
     * come out as one pass over the catalog would make them.
     */
    static PlacedMentions of(EntityCatalog catalog) {
        return new PlacedMentions(catalog.entities().parallelStream()
                .filter(entity -> entity.kind() != EntityKind.FIGURE)
                .collect(Collector.of(HashMap::new, PlacedMentions::add, PlacedMentions::append)));
    }

    /** The mentions in each block of article {@code article}, by block id, in the order above. */
    Map<String, List<Placed>> inArticle(String article) {
        Map<String, List<Placed>> byBlock = new HashMap<>();
        for (Located located : byArticle.getOrDefault(article, List.of())) {
            byBlock.computeIfAbsent(located.block(), k -> new ArrayList<>()).add(located.placed());
        }
        return byBlock;
    }

    private static void add(Map<String, List<Located>> byArticle, Entity entity) {
        EntityRef ref = EntityRef.of(entity);
        // An entity's mentions come article by article: one look-up for each run of them.
        String article = null;
        List<Located> mentions = null;
        for (Mention mention : entity.mentions()) {
            if (!mention.article().equals(article)) {
                article = mention.article();
                mentions = byArticle.computeIfAbsent(article, k -> new ArrayList<>());
            }
            mentions.add(new Located(mention.span().block(), new Placed(ref, mention.span().start())));
        }
    }

    /** Joins the mentions of a later part of the catalog, {@code later}, to those of {@code earlier}. */
    private static Map<String, List<Located>> append(Map<String, List<Located>> earlier, Map<String, List<Located>> later) {
        later.forEach((article, mentions) -> earlier.merge(article, mentions, (a, b) -> {
            a.addAll(b);
            return a;
        }));
        return earlier;
    }

    /** A mention's block, and its entity and place there. */
    private record Located(String block, Placed placed) {}
}
