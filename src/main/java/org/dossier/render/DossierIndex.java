package org.dossier.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.entities.Sentence;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.parallel.Parallel;

/**
 * Lookups the pages share, computed once per dossier: articles by id, the articles naming each
 * entity, the entities named together, the figures each sentence gives. Immutable once built,
 * so pages can be rendered in parallel.
 */
final class DossierIndex {

    private final LinkedDossier dossier;
    private final Map<String, LinkedArticle> articles = new HashMap<>();
    private final Map<String, Integer> readingOrder = new HashMap<>();
    private final Map<String, List<String>> articlesOf = new HashMap<>();
    private final Map<SentenceKey, List<String>> figuresBySentence = new HashMap<>();
    /** The entities other than figures, each with its position, and the positions each article names. */
    private final List<Entity> named = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, int[]> namedIn = new HashMap<>();

    private static final int[] NONE = {};
    /** Entities with their counts: the highest count first, then by name, then by id. */
    private static final Comparator<Map.Entry<Entity, Integer>> MOST_NAMED_FIRST =
            Map.Entry.<Entity, Integer>comparingByValue().reversed()
                    .thenComparing(e -> e.getKey().name())
                    .thenComparing(e -> e.getKey().id());
    private static final ThreadLocal<PositionCounts> COUNTS = ThreadLocal.withInitial(PositionCounts::new);

    DossierIndex(LinkedDossier dossier) {
        this.dossier = dossier;
        List<LinkedArticle> list = dossier.articles();
        for (int i = 0; i < list.size(); i++) {
            articles.put(list.get(i).id(), list.get(i));
            readingOrder.put(list.get(i).id(), i);
        }
        List<Entity> entities = dossier.catalog().entities();
        // Each entity's articles are found on their own, in parallel, once the articles are known.
        List<List<String>> articlesOfEach = Parallel.map(entities, entity -> articlesNaming(entity, list));
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            articlesOf.put(entity.id(), articlesOfEach.get(i));
            if (entity.kind() == EntityKind.FIGURE) {
                for (Mention mention : entity.mentions()) {
                    figuresBySentence.computeIfAbsent(SentenceKey.of(mention), k -> new ArrayList<>()).add(entity.id());
                }
            } else {
                positions.put(entity.id(), named.size());
                named.add(entity);
            }
        }
        List<int[]> namedInEach = Parallel.map(list, article -> dossier.catalog().inArticle(article.id()).stream()
                .filter(e -> positions.containsKey(e.id()) && namesIt(e, article.id()))
                .mapToInt(e -> positions.get(e.id())).sorted().toArray());
        for (int i = 0; i < list.size(); i++) {
            namedIn.put(list.get(i).id(), namedInEach.get(i));
        }
    }

    /** Whether {@code article} names {@code entity} other than in a credit (a byline, a credit line). */
    private boolean namesIt(Entity entity, String article) {
        return dossier.catalog().mentionsIn(entity, article).stream().anyMatch(m -> !m.credit());
    }

    /** The ids of the dossier's articles that name {@code entity}, in reading order. */
    private List<String> articlesNaming(Entity entity, List<LinkedArticle> inReadingOrder) {
        int[] places = new int[entity.mentions().size()];
        int count = 0;
        String previous = null;
        for (Mention mention : entity.mentions()) {
            // An entity's mentions in one article mostly follow each other: each run is looked up once.
            if (!mention.article().equals(previous)) {
                previous = mention.article();
                Integer place = readingOrder.get(previous);
                if (place != null) {
                    places[count++] = place;
                }
            }
        }
        return Arrays.stream(places, 0, count).sorted().distinct()
                .mapToObj(place -> inReadingOrder.get(place).id())
                .toList();
    }

    LinkedDossier dossier() {
        return dossier;
    }

    Optional<LinkedArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    Optional<Entity> entity(String id) {
        return dossier.catalog().byId(id);
    }

    /** The ids of the articles that name {@code entity}, in reading order. */
    List<String> articlesOf(Entity entity) {
        return articlesOf.getOrDefault(entity.id(), List.of());
    }

    /** The mentions of {@code entity} in article {@code article}, in the order given. */
    List<Mention> mentionsIn(Entity entity, String article) {
        return dossier.catalog().mentionsIn(entity, article);
    }

    /**
     * The first {@code limit} entities other than figures named in the same articles as
     * {@code entity}, with the number of articles they share, most shared first, then by name.
     */
    List<Map.Entry<Entity, Integer>> coMentioned(Entity entity, int limit) {
        PositionCounts counts = COUNTS.get();
        counts.reset(named.size());
        Integer self = positions.get(entity.id());
        for (String article : articlesOf(entity)) {
            int[] others = namedIn.getOrDefault(article, NONE);
            if (self != null && Arrays.binarySearch(others, self) < 0) {
                continue; // only credited there: the story does not name it with the others
            }
            for (int other : others) {
                if (self == null || other != self) {
                    counts.add(other);
                }
            }
        }
        // The best `limit` so far, the worst of them on top, so a list of thousands costs no full sort.
        PriorityQueue<Map.Entry<Entity, Integer>> best = new PriorityQueue<>(limit + 1, MOST_NAMED_FIRST.reversed());
        for (int i = 0; i < counts.touched(); i++) {
            int other = counts.position(i);
            if (limit > 0 && best.size() == limit && counts.count(other) < best.peek().getValue()) {
                continue; // fewer shared articles than the worst kept: it cannot come in
            }
            Map.Entry<Entity, Integer> entry = Map.entry(named.get(other), counts.count(other));
            if (best.size() < limit) {
                best.add(entry);
            } else if (limit > 0 && MOST_NAMED_FIRST.compare(entry, best.peek()) < 0) {
                best.poll();
                best.add(entry);
            }
        }
        List<Map.Entry<Entity, Integer>> result = new ArrayList<>(best);
        result.sort(MOST_NAMED_FIRST);
        return result;
    }

    /**
     * The figures given in a sentence that also names {@code entity}, each with the number of
     * articles that give it so, most first.
     */
    List<Map.Entry<Entity, Integer>> figuresAbout(Entity entity) {
        Map<String, Set<String>> articlesGiving = new HashMap<>();
        for (Mention mention : entity.mentions()) {
            for (String figure : figuresBySentence.getOrDefault(SentenceKey.of(mention), List.of())) {
                if (!figure.equals(entity.id())) {
                    articlesGiving.computeIfAbsent(figure, k -> new HashSet<>()).add(mention.article());
                }
            }
        }
        return articlesGiving.entrySet().stream()
                .map(e -> Map.entry(entity(e.getKey()).orElseThrow(), e.getValue().size()))
                .sorted(MOST_NAMED_FIRST)
                .toList();
    }

    /** The number of articles naming each entity of {@code kind}, most first, then by name. */
    List<Map.Entry<Entity, Integer>> ranked(EntityKind kind) {
        return dossier.catalog().ofKind(kind).stream()
                .map(entity -> Map.entry(entity, articlesOf(entity).size()))
                .sorted(MOST_NAMED_FIRST)
                .toList();
    }

    /** Where a sentence stands: two mentions in the same one are said together. */
    private record SentenceKey(String article, String block, Sentence sentence) {
        static SentenceKey of(Mention mention) {
            return new SentenceKey(mention.article(), mention.span().block(), mention.sentence());
        }
    }
}
