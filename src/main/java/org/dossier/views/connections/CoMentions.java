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
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.parallel.Parallel;
import org.dossier.render.PositionCounts;
import org.dossier.views.ArticleRef;
import org.dossier.views.EntityRef;

/**
 * Every pair of people, countries, places and organisations that at least one article names
 * together, most shared articles first. The pairs are counted, not listed: the articles a pair
 * shares are read only for the pairs a page shows ({@link #strongest}, {@link #among}), so memory
 * stays with the number of pairs, not with the articles behind them. Immutable once built.
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

    private static final ThreadLocal<PositionCounts> COUNTS = ThreadLocal.withInitial(PositionCounts::new);

    /** The entities taking part, numbered in id order. */
    private final List<EntityRef> refs;
    private final Map<String, Integer> numbers = new HashMap<>();
    /** The articles in reading order, and by entity number the article numbers naming it, ascending. */
    private final List<ArticleRef> articles;
    private final int[][] articlesOf;
    /** By entity number, the entities numbered after it that share an article, and how many they share. */
    private final int[][] partners;
    private final int[][] shared;
    /** By entity number, the shared articles summed over its partners. */
    private final int[] weights;
    private final int pairCount;

    private CoMentions(List<EntityRef> refs, List<ArticleRef> articles, int[][] articlesOf, int[][] partners,
            int[][] shared) {
        this.refs = List.copyOf(refs);
        this.articles = List.copyOf(articles);
        this.articlesOf = articlesOf;
        this.partners = partners;
        this.shared = shared;
        this.weights = new int[refs.size()];
        int pairs = 0;
        for (int e = 0; e < refs.size(); e++) {
            numbers.put(refs.get(e).id(), e);
            pairs += partners[e].length;
            for (int i = 0; i < partners[e].length; i++) {
                weights[e] += shared[e][i];
                weights[partners[e][i]] += shared[e][i];
            }
        }
        this.pairCount = pairs;
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
        // articles and counts, per entity numbered after it, the articles naming both.
        List<String> ids = List.copyOf(articlesOf.keySet());
        List<LinkedArticle> articles = dossier.articles();
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
        int[][] partners = new int[ids.size()][];
        int[][] shared = new int[ids.size()][];
        Parallel.forEachIndex(ids.size(), e -> {
            PositionCounts counts = COUNTS.get();
            counts.reset(ids.size());
            for (int a : articlesOfNumber[e]) {
                int[] others = namedIn[a];
                for (int i = Arrays.binarySearch(others, e) + 1; i < others.length; i++) {
                    counts.add(others[i]);
                }
            }
            partners[e] = new int[counts.touched()];
            shared[e] = new int[counts.touched()];
            for (int i = 0; i < counts.touched(); i++) {
                partners[e][i] = counts.position(i);
                shared[e][i] = counts.count(counts.position(i));
            }
        });
        return new CoMentions(ids.stream().map(entities::get).toList(), articles.stream().map(ArticleRef::of).toList(),
                articlesOfNumber, partners, shared);
    }

    /** How many pairs there are. */
    public int pairCount() {
        return pairCount;
    }

    /** The first {@code limit} pairs in {@link #ORDER}, most shared articles first. */
    public List<CoMention> strongest(int limit) {
        // A pair is kept only if it shares as many articles as the limit-th most shared pair.
        int[] counts = Arrays.stream(shared).flatMapToInt(Arrays::stream).toArray();
        Arrays.sort(counts);
        int cut = limit <= 0 || counts.length == 0 ? Integer.MAX_VALUE : counts[Math.max(0, counts.length - limit)];
        List<CoMention> candidates = new ArrayList<>();
        for (int e = 0; e < partners.length; e++) {
            for (int i = 0; i < partners[e].length; i++) {
                if (shared[e][i] >= cut) {
                    candidates.add(pair(e, partners[e][i]));
                }
            }
        }
        candidates.sort(ORDER);
        return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
    }

    /** Every pair of two of {@code ids}, in {@link #ORDER}. */
    public List<CoMention> among(Set<String> ids) {
        List<CoMention> pairs = new ArrayList<>();
        for (String id : ids) {
            Integer e = numbers.get(id);
            if (e == null) {
                continue;
            }
            for (int f : partners[e]) {
                if (ids.contains(refs.get(f).id())) {
                    pairs.add(pair(e, f));
                }
            }
        }
        pairs.sort(ORDER);
        return pairs;
    }

    /** The entities in at least one pair, by id. */
    public List<EntityRef> paired() {
        List<EntityRef> paired = new ArrayList<>();
        for (int e = 0; e < refs.size(); e++) {
            if (weights[e] > 0) {
                paired.add(refs.get(e));
            }
        }
        return paired;
    }

    /** The articles entity {@code id} shares with its partners, summed over them. */
    public int weight(String id) {
        Integer e = numbers.get(id);
        return e == null ? 0 : weights[e];
    }

    /** How many articles name entity {@code id}. */
    public int articleCount(String id) {
        Integer e = numbers.get(id);
        return e == null ? 0 : articlesOf[e].length;
    }

    /** The entity {@code id}, if it takes part. */
    public Optional<EntityRef> entity(String id) {
        Integer e = numbers.get(id);
        return e == null ? Optional.empty() : Optional.of(refs.get(e));
    }

    /** The pair of entities {@code e} and {@code f}, with the articles naming both in reading order. */
    private CoMention pair(int e, int f) {
        List<ArticleRef> both = new ArrayList<>();
        int[] a = articlesOf[e];
        int[] b = articlesOf[f];
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                both.add(articles.get(a[i]));
                i++;
                j++;
            }
        }
        double strength = both.size() / Math.sqrt((double) articlesOf[e].length * articlesOf[f].length);
        return new CoMention(refs.get(e), refs.get(f), both, strength);
    }
}
