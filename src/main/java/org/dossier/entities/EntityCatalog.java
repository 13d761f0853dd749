package org.dossier.entities;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Every entity of the dossier, sorted by id, with lookups by id and by article.
 */
public final class EntityCatalog {

    private static final Comparator<Entity> BY_ID = Comparator.comparing(Entity::id);

    private final List<Entity> entities;
    /** The position of each entity in {@link #entities}, by id. */
    private final Map<String, Integer> positions;
    private final Map<String, Named> byArticle;

    public EntityCatalog(List<Entity> entities) {
        this.entities = entities.stream().sorted(BY_ID).toList();
        this.positions = new HashMap<>();
        for (int position = 0; position < this.entities.size(); position++) {
            if (positions.put(this.entities.get(position).id(), position) != null) {
                throw new IllegalArgumentException("Two entities share the id " + this.entities.get(position).id());
            }
        }
        // Keyed by article id, never by entity: an entity's hash covers all its mentions.
        Map<String, NamedBuilder> named = new HashMap<>();
        for (int position = 0; position < this.entities.size(); position++) {
            List<Mention> ordered = inArticleOrder(this.entities.get(position).mentions());
            for (int from = 0; from < ordered.size(); ) {
                String article = ordered.get(from).article();
                int to = from + 1;
                while (to < ordered.size() && ordered.get(to).article().equals(article)) {
                    to++;
                }
                named.computeIfAbsent(article, a -> new NamedBuilder()).add(position, ordered.subList(from, to));
                from = to;
            }
        }
        this.byArticle = new HashMap<>();
        named.forEach((article, builder) -> byArticle.put(article, builder.build()));
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
        return Optional.ofNullable(positions.get(id)).map(entities::get);
    }

    /** The entities mentioned in an article, sorted by id. */
    public List<Entity> inArticle(String article) {
        Named named = byArticle.get(article);
        return named == null ? List.of() : new EntitiesAt(entities, named.positions());
    }

    /**
     * The mentions of {@code entity} in {@code article}, in the entity's order. Looked up among
     * the entities of the article, so an entity named in every article costs its own mentions
     * there, not all of them.
     */
    public List<Mention> mentionsIn(Entity entity, String article) {
        Integer position = positions.get(entity.id());
        if (position == null || entities.get(position) != entity) {
            return entity.mentions().stream().filter(m -> m.article().equals(article)).toList();
        }
        Named named = byArticle.get(article);
        int at = named == null ? -1 : Arrays.binarySearch(named.positions(), position);
        return at < 0 ? List.of() : named.mentions().get(at);
    }

    /** The entities of one kind, sorted by id. */
    public List<Entity> ofKind(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * The entities one article names and the mentions of each there.
     *
     * @param positions the positions of the entities in the catalog's list, ascending, so in the
     *     order of ids
     * @param mentions the mentions of the entity at the same place in {@code positions}
     */
    private record Named(int[] positions, List<List<Mention>> mentions) {}

    /** One article's {@link Named}, as the catalog's entities are read in order. */
    private static final class NamedBuilder {
        private int[] positions = new int[4];
        private final List<List<Mention>> mentions = new ArrayList<>();

        void add(int position, List<Mention> inArticle) {
            if (mentions.size() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[mentions.size()] = position;
            mentions.add(inArticle);
        }

        Named build() {
            return new Named(Arrays.copyOf(positions, mentions.size()), List.copyOf(mentions));
        }
    }

    /** The entities at some positions of the catalog's list, as an unmodifiable list. */
    private static final class EntitiesAt extends AbstractList<Entity> implements RandomAccess {
        private final List<Entity> entities;
        private final int[] positions;

        EntitiesAt(List<Entity> entities, int[] positions) {
            this.entities = entities;
            this.positions = positions;
        }

        @Override
        public Entity get(int index) {
            return entities.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
