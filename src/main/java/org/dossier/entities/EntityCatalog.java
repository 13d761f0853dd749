package org.dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** The entities of one kind, sorted by id. */
    public List<Entity> ofKind(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }
}
