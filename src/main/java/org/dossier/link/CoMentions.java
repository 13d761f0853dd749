package org.dossier.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;

/**
 * Which entities are named together: for an entity page, the entities named in the same
 * articles; for the connections page, a table of entity pairs and the articles naming both.
 * Credits do not count: the writer of a byline is not named with the people of the story.
 *
 * <p>Counts come from the inverted index: an entity's partners are counted by walking its
 * articles and their entities, so the work is the number of (entity, entity, article) triples the
 * dossier really has, never a scan over all pairs of entities. Every list is cut to its top
 * {@code limit}: most shared articles first, then by name, then by id.
 *
 * <pre>{@code
 * CoMentions coMentions = CoMentions.of(catalog);
 * List<CoMention> partners = coMentions.with("person/kim-jong-un", 10);
 * List<Connection> table = coMentions.table(10);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CoMentions {

    private static final Comparator<Connection> BUSIEST_FIRST = Comparator
            .comparingInt(Connection::count).reversed()
            .thenComparing(Connection::first)
            .thenComparing(Connection::second);

    private final MentionIndex index;
    /** Entity numbers in display order (by name, then id), and each entity's place in it. */
    private final int[] byName;
    private final int[] nameRank;

    private CoMentions(MentionIndex index) {
        this.index = index;
        this.byName = IntStream.range(0, index.entityCount())
                .boxed()
                .sorted(Comparator.comparing((Integer e) -> index.entity(e).name()).thenComparing(e -> e))
                .mapToInt(Integer::intValue)
                .toArray();
        this.nameRank = new int[byName.length];
        for (int rank = 0; rank < byName.length; rank++) {
            nameRank[byName[rank]] = rank;
        }
    }

    /** The co-mentions of {@code catalog}'s entities over every article they are named in. */
    public static CoMentions of(EntityCatalog catalog) {
        TreeSet<String> articles = new TreeSet<>();
        catalog.entities().forEach(e -> e.mentions().stream().map(Mention::article).forEach(articles::add));
        return of(articles, catalog);
    }

    /** The co-mentions of {@code catalog}'s entities over the articles {@code articleIds}. */
    public static CoMentions of(Collection<String> articleIds, EntityCatalog catalog) {
        return new CoMentions(MentionIndex.of(articleIds, catalog.entities()));
    }

    /**
     * Up to {@code limit} other entities named in the same articles as {@code entityId}, of any
     * kind; empty for an entity no article names.
     */
    public List<CoMention> with(String entityId, int limit) {
        return with(entityId, EnumSet.allOf(EntityKind.class), limit);
    }

    /**
     * Up to {@code limit} other entities of the given {@code kinds} named in the same articles as
     * {@code entityId}; empty for an entity no article names.
     */
    public List<CoMention> with(String entityId, Set<EntityKind> kinds, int limit) {
        int entity = index.entityNumber(entityId);
        Set<EntityKind> counted = Set.copyOf(kinds);
        if (entity < 0) {
            return List.of();
        }
        return partners(entity, limit, other -> counted.contains(index.entity(other).kind())).stream()
                .map(p -> new CoMention(index.entity(p.entity()).id(), p.articles()))
                .toList();
    }

    /**
     * The connections between entities other than figures: for each such entity, its top
     * {@code perEntity} partners (other than figures), each pair once, most shared articles first,
     * then by the two ids.
     */
    public List<Connection> table(int perEntity) {
        IntPredicate notFigure = e -> index.entity(e).kind() != EntityKind.FIGURE;
        TreeSet<Long> pairs = new TreeSet<>();
        for (int entity = 0; entity < index.entityCount(); entity++) {
            if (!notFigure.test(entity)) {
                continue;
            }
            for (Partner partner : partners(entity, perEntity, notFigure)) {
                int other = partner.entity();
                pairs.add(pairKey(Math.min(entity, other), Math.max(entity, other)));
            }
        }
        List<Connection> table = new ArrayList<>(pairs.size());
        for (long pair : pairs) {
            int first = (int) (pair >>> Integer.SIZE);
            int second = (int) pair;
            List<String> articles = IntStream.of(index.articlesOfBoth(first, second))
                    .mapToObj(index::articleId)
                    .toList();
            table.add(new Connection(index.entity(first).id(), index.entity(second).id(), articles));
        }
        table.sort(BUSIEST_FIRST);
        return List.copyOf(table);
    }

    /**
     * The top {@code limit} partners of {@code entity}: most shared articles first, then by name.
     * Counts by sorting the partners met in the entity's articles, so the work and the memory are
     * those of the entity's own articles, whatever the size of the dossier.
     */
    private List<Partner> partners(int entity, int limit, IntPredicate counted) {
        if (limit < 0) {
            throw new IllegalArgumentException("The limit must not be negative: " + limit);
        }
        int total = 0;
        for (int article : index.articlesOf(entity)) {
            total += index.entitiesOf(article).length;
        }
        int[] met = new int[total];
        int n = 0;
        for (int article : index.articlesOf(entity)) {
            for (int other : index.entitiesOf(article)) {
                if (other != entity && counted.test(other)) {
                    met[n++] = other;
                }
            }
        }
        Arrays.sort(met, 0, n);
        // One sortable key per partner: fewer missing articles first, then the place by name.
        long[] keys = new long[n];
        int distinct = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && met[j] == met[i]) {
                j++;
            }
            keys[distinct++] = ((long) (Integer.MAX_VALUE - (j - i)) << Integer.SIZE) | nameRank[met[i]];
            i = j;
        }
        Arrays.sort(keys, 0, distinct);
        List<Partner> top = new ArrayList<>(Math.min(limit, distinct));
        for (int k = 0; k < Math.min(limit, distinct); k++) {
            int articles = Integer.MAX_VALUE - (int) (keys[k] >>> Integer.SIZE);
            top.add(new Partner(byName[(int) keys[k]], articles));
        }
        return top;
    }

    /** An entity met in another's articles, and how many articles they share. */
    private record Partner(int entity, int articles) {}

    private static long pairKey(int first, int second) {
        return ((long) first << Integer.SIZE) | second;
    }
}
