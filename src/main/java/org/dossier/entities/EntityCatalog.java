package org.dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity of the dossier, sorted by id, with lookups by id and by article.
 */
public final class EntityCatalog {

    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    private final Map<String, List<Entity>> byArticle;
    /** Mentions by article for the few entities whose own list is not already in article order. */
    private final Map<String, List<Mention>> byArticleOrder;

    public EntityCatalog(List<Entity> entities) {
        this.entities = entities.stream().sorted(Comparator.comparing(Entity::id)).toList();
        this.byId = new LinkedHashMap<>();
        for (Entity entity : this.entities) {
            if (byId.put(entity.id(), entity) != null) {
                throw new IllegalArgumentException("Two entities share the id " + entity.id());
            }
        }
        // Keyed by article id, never by entity: an entity's hash covers all its mentions.
        Map<String, List<Entity>> grouped = new LinkedHashMap<>();
        for (Entity entity : this.entities) {
            entity.mentions().stream().map(Mention::article).distinct()
                    .forEach(article -> grouped.computeIfAbsent(article, a -> new ArrayList<>()).add(entity));
        }
        this.byArticle = new LinkedHashMap<>();
        grouped.forEach((article, list) -> byArticle.put(article, List.copyOf(list)));
        this.byArticleOrder = new HashMap<>();
        for (Entity entity : this.entities) {
            if (!inArticleOrder(entity.mentions())) {
                List<Mention> sorted = new ArrayList<>(entity.mentions());
                sorted.sort(Comparator.comparing(Mention::article));
                byArticleOrder.put(entity.id(), List.copyOf(sorted));
            }
        }
    }

    private static boolean inArticleOrder(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i - 1).article().compareTo(mentions.get(i).article()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** An empty catalog. */
    public static EntityCatalog empty() {
        return new EntityCatalog(List.of());
    }

    /** Every entity, sorted by id. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity with this id. */
    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entities mentioned in an article, sorted by id. */
    public List<Entity> inArticle(String article) {
        return byArticle.getOrDefault(article, List.of());
    }

    /**
     * The mentions of {@code entity} in {@code article}, in the entity's order. Found by binary
     * search, so an entity named in every article costs its own mentions there, not all of them.
     */
    public List<Mention> mentionsIn(Entity entity, String article) {
        if (byId.get(entity.id()) != entity) {
            return entity.mentions().stream().filter(m -> m.article().equals(article)).toList();
        }
        List<Mention> mentions = byArticleOrder.getOrDefault(entity.id(), entity.mentions());
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).article().compareTo(article) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int end = low;
        while (end < mentions.size() && mentions.get(end).article().equals(article)) {
            end++;
        }
        return mentions.subList(low, end);
    }

    /** The entities of one kind, sorted by id. */
    public List<Entity> ofKind(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }
}
