package org.dossier.entities;

import java.util.ArrayList;
import java.util.Collections;
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

    private static final Comparator<Entity> BY_ID = Comparator.comparing(Entity::id);

    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    private final Map<String, Named> byArticle;

    public EntityCatalog(List<Entity> entities) {
        this.entities = entities.stream().sorted(BY_ID).toList();
        this.byId = new LinkedHashMap<>();
        for (Entity entity : this.entities) {
            if (byId.put(entity.id(), entity) != null) {
                throw new IllegalArgumentException("Two entities share the id " + entity.id());
            }
        }
        // Keyed by article id, never by entity: an entity's hash covers all its mentions.
        Map<String, List<Entity>> named = new HashMap<>();
        Map<String, List<List<Mention>>> mentions = new HashMap<>();
        for (Entity entity : this.entities) {
            List<Mention> ordered = inArticleOrder(entity.mentions());
            for (int from = 0; from < ordered.size(); ) {
                String article = ordered.get(from).article();
                int to = from + 1;
                while (to < ordered.size() && ordered.get(to).article().equals(article)) {
                    to++;
                }
                named.computeIfAbsent(article, a -> new ArrayList<>()).add(entity);
                mentions.computeIfAbsent(article, a -> new ArrayList<>()).add(ordered.subList(from, to));
                from = to;
            }
        }
        this.byArticle = new HashMap<>();
        named.forEach((article, list) -> byArticle.put(article, new Named(List.copyOf(list), List.copyOf(mentions.get(article)))));
    }

    /** {@code mentions} sorted by article, each article's in the order given (a stable sort). */
    private static List<Mention> inArticleOrder(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i - 1).article().compareTo(mentions.get(i).article()) > 0) {
                List<Mention> sorted = new ArrayList<>(mentions);
                sorted.sort(Comparator.comparing(Mention::article));
                return List.copyOf(sorted);
            }
        }
        return mentions;
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
        Named named = byArticle.get(article);
        return named == null ? List.of() : named.entities();
    }

    /**
     * The mentions of {@code entity} in {@code article}, in the entity's order. Looked up among
     * the entities of the article, so an entity named in every article costs its own mentions
     * there, not all of them.
     */
    public List<Mention> mentionsIn(Entity entity, String article) {
        if (byId.get(entity.id()) != entity) {
            return entity.mentions().stream().filter(m -> m.article().equals(article)).toList();
        }
        Named named = byArticle.get(article);
        int at = named == null ? -1 : Collections.binarySearch(named.entities(), entity, BY_ID);
        return at < 0 ? List.of() : named.mentions().get(at);
    }

    /** The entities of one kind, sorted by id. */
    public List<Entity> ofKind(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * The entities one article names, sorted by id, and the mentions of each there.
     *
     * @param entities the entities, sorted by id
     * @param mentions the mentions of the entity at the same place in {@code entities}
     */
    private record Named(List<Entity> entities, List<List<Mention>> mentions) {}
}
