package org.dossier.views.connections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.views.ArticleRef;
import org.dossier.views.EntityRef;

/**
 * Every pair of people, countries, places and organisations that at least one article names
 * together, most shared articles first. Immutable once built.
 */
public final class CoMentions {

    /** The kinds of entity that take part; figures do not. */
    static final Set<EntityKind> KINDS = Set.of(EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.PLACE,
            EntityKind.ORGANISATION);

    /** Most shared articles first, then the stronger association, then by name. */
    static final Comparator<CoMention> ORDER = Comparator.comparingInt(CoMention::count).reversed()
            .thenComparing(Comparator.comparingDouble(CoMention::strength).reversed())
            .thenComparing(p -> p.first().name())
            .thenComparing(p -> p.second().name())
            .thenComparing(p -> p.first().id() + "|" + p.second().id());

    private final List<CoMention> pairs;
    private final Map<String, Integer> articleCounts;
    private final Map<String, EntityRef> entities;

    private CoMentions(List<CoMention> pairs, Map<String, Integer> articleCounts, Map<String, EntityRef> entities) {
        this.pairs = List.copyOf(pairs);
        this.articleCounts = Map.copyOf(articleCounts);
        this.entities = entities;
    }

    /** The co-mentions of {@code dossier}. */
    public static CoMentions of(LinkedDossier dossier) {
        Map<String, EntityRef> entities = new TreeMap<>();
        Map<String, Set<String>> articlesOf = new TreeMap<>();
        for (Entity entity : dossier.catalog().entities()) {
            if (KINDS.contains(entity.kind())) {
                entities.put(entity.id(), EntityRef.of(entity));
                articlesOf.put(entity.id(), new TreeSet<>(entity.mentions().stream().map(Mention::article).toList()));
            }
        }
        // Entities numbered in id order and articles in reading order: each entity walks its
        // articles and collects, per entity numbered after it, the articles naming both.
        List<String> ids = List.copyOf(articlesOf.keySet());
        List<LinkedArticle> articles = dossier.articles();
        List<ArticleRef> refs = articles.stream().map(ArticleRef::of).toList();
        Map<String, Integer> articleNumbers = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            articleNumbers.putIfAbsent(articles.get(a).id(), a);
        }
        List<List<Integer>> named = new ArrayList<>();
        articles.forEach(a -> named.add(new ArrayList<>()));
        int[][] articlesOfNumber = new int[ids.size()][];
        for (int e = 0; e < ids.size(); e++) {
            List<Integer> in = new ArrayList<>();
            for (String article : articlesOf.get(ids.get(e))) {
                Integer a = articleNumbers.get(article);
                if (a != null) {
                    in.add(a);
                }
            }
            articlesOfNumber[e] = in.stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int a : articlesOfNumber[e]) {
                named.get(a).add(e);
            }
        }
        int[][] namedIn = named.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        Map<String, Integer> counts = new TreeMap<>();
        articlesOf.forEach((id, in) -> counts.put(id, in.size()));
        List<CoMention> pairs = IntStream.range(0, ids.size()).parallel()
                .mapToObj(e -> pairsOf(e, ids, entities, counts, refs, namedIn, articlesOfNumber))
                .flatMap(List::stream)
                .collect(Collectors.toCollection(ArrayList::new));
        // ORDER is total, so the order pairs were found in never shows.
        pairs.sort(ORDER);
        return new CoMentions(pairs, counts, entities);
    }

    /** The pairs of entity {@code e} with the entities numbered after it, in no particular order. */
    private static List<CoMention> pairsOf(int e, List<String> ids, Map<String, EntityRef> entities,
            Map<String, Integer> counts, List<ArticleRef> refs, int[][] namedIn, int[][] articlesOf) {
        @SuppressWarnings("unchecked")
        List<ArticleRef>[] shared = new List[ids.size()];
        List<Integer> partners = new ArrayList<>();
        for (int a : articlesOf[e]) {
            int[] named = namedIn[a];
            int from = Arrays.binarySearch(named, e) + 1;
            for (int i = from; i < named.length; i++) {
                int f = named[i];
                if (shared[f] == null) {
                    shared[f] = new ArrayList<>();
                    partners.add(f);
                }
                shared[f].add(refs.get(a));
            }
        }
        List<CoMention> pairs = new ArrayList<>(partners.size());
        String first = ids.get(e);
        for (int f : partners) {
            String second = ids.get(f);
            double strength = shared[f].size() / Math.sqrt((double) counts.get(first) * counts.get(second));
            pairs.add(new CoMention(entities.get(first), entities.get(second), shared[f], strength));
        }
        return pairs;
    }

    /** Every pair, most shared articles first. */
    public List<CoMention> pairs() {
        return pairs;
    }

    /** How many articles name entity {@code id}. */
    public int articleCount(String id) {
        return articleCounts.getOrDefault(id, 0);
    }

    /** The entity {@code id}, if it takes part. */
    public Optional<EntityRef> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }
}
