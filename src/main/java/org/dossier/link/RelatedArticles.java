package org.dossier.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dossier.entities.EntityCatalog;
import org.dossier.parallel.Parallel;

/**
 * Relates every article to the others that name the same entities, weighted by rarity.
 *
 * <p>An entity named by {@code df} of the dossier's {@code N} articles weighs {@code log(N / df)}:
 * sharing an analyst or a small town says more than sharing a country every article names, and an
 * entity every article names weighs nothing. Every kind counts, figures included (a figure shared
 * by two articles is strong evidence, and being rare it weighs a lot); credits do not (a byline's
 * writer or a credit line's editor, see {@link org.dossier.entities.Mention#credit()}). Two articles' score is the
 * sum of the weights of the entities both name; an article keeps its closest {@code limit}
 * others that reach the minimum score, by score then article id, each with the shared entities
 * strongest first (by weight, then id). The minimum is {@code minimumScore}, lowered in a very
 * small dossier to the weight of an entity named by two articles ({@code log(N / 2)}): two
 * articles that alone name someone are always related, even among three.
 *
 * <p>The work goes through an inverted index (entity to articles), never over all pairs of
 * articles: for each article, the posting lists of its entities are walked and scores accumulate
 * per candidate. An entity named by more than {@link #maxArticlesPerEntity(int)} articles is
 * pruned as too common to carry a signal, which also bounds the length of every list walked.
 *
 * <pre>{@code
 * Map<String, List<RelatedArticle>> related = new RelatedArticles().relate(ids, catalog);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RelatedArticles {

    /** How many related articles an article keeps by default. */
    public static final int DEFAULT_LIMIT = 5;
    /**
     * The score a relation needs by default: about one entity named by at most three articles in
     * five ({@code log(5 / 3)} is 0.51), so a link needs more than one near-universal name.
     */
    public static final double DEFAULT_MINIMUM_SCORE = 0.5;

    /** Up to this many articles an entity is never pruned, so small dossiers keep every name. */
    static final int NEVER_PRUNED = 20;
    /** Above the floor, an entity named by more than this share of the articles is pruned... */
    static final double COMMON_SHARE = 0.5;
    /** ...and in any case one named by more than this many articles. */
    static final int COMMON_CAP = 1_000;

    private static final int CHUNKS = 64;

    private final int limit;
    private final double minimumScore;

    /** Keeps {@value #DEFAULT_LIMIT} related articles that score at least {@value #DEFAULT_MINIMUM_SCORE}. */
    public RelatedArticles() {
        this(DEFAULT_LIMIT, DEFAULT_MINIMUM_SCORE);
    }

    /**
     * Keeps up to {@code limit} related articles that score at least {@code minimumScore} (or less
     * in a very small dossier, see above).
     */
    public RelatedArticles(int limit, double minimumScore) {
        if (limit < 0) {
            throw new IllegalArgumentException("The limit must not be negative: " + limit);
        }
        if (!(minimumScore > 0)) {
            throw new IllegalArgumentException("The minimum score must be positive: " + minimumScore);
        }
        this.limit = limit;
        this.minimumScore = minimumScore;
    }

    /**
     * The most articles an entity may be named by and still count, in a dossier of
     * {@code articleCount} articles: at least {@value #NEVER_PRUNED} (in a small dossier the
     * weight alone tells common from rare, and a name in every article already weighs 0), else
     * half the dossier, and never more than {@value #COMMON_CAP}. For 5 articles that is 20 (no
     * pruning), for 100 it is 50, for 100,000 it is 1,000.
     */
    static int maxArticlesPerEntity(int articleCount) {
        int share = (int) Math.floor(articleCount * COMMON_SHARE);
        return Math.min(COMMON_CAP, Math.max(NEVER_PRUNED, share));
    }

    /**
     * The related articles of each of {@code articleIds} through the entities of {@code catalog},
     * keyed by article id in id order; an article with no related article maps to an empty list.
     */
    public Map<String, List<RelatedArticle>> relate(Collection<String> articleIds, EntityCatalog catalog) {
        MentionIndex index = MentionIndex.of(articleIds, catalog.entities());
        double[] weights = weights(index);
        int n = index.articleCount();
        double threshold = Math.min(minimumScore, Math.log(n / 2.0));
        int chunkSize = Math.max(1, (n + CHUNKS - 1) / CHUNKS);
        List<List<RelatedArticle>> related = Parallel.range((n + chunkSize - 1) / chunkSize,
                        chunk -> new Accumulator(index, weights, threshold)
                                .relate(chunk * chunkSize, Math.min(n, (chunk + 1) * chunkSize)))
                .stream()
                .flatMap(List::stream)
                .toList();
        Map<String, List<RelatedArticle>> byArticle = new TreeMap<>();
        for (int a = 0; a < n; a++) {
            byArticle.put(index.articleId(a), related.get(a));
        }
        return Collections.unmodifiableMap(byArticle);
    }

    private static double[] weights(MentionIndex index) {
        int n = index.articleCount();
        int max = maxArticlesPerEntity(n);
        double[] weights = new double[index.entityCount()];
        for (int e = 0; e < weights.length; e++) {
            int df = index.articlesOf(e).length;
            weights[e] = df > max ? 0 : Math.log((double) n / df);
        }
        return weights;
    }

    /** Scratch space for one run of articles; each parallel task has its own. */
    private final class Accumulator {

        private final MentionIndex index;
        private final double[] weights;
        private final double threshold;
        private final double[] scores;
        private final int[] touched;

        Accumulator(MentionIndex index, double[] weights, double threshold) {
            this.index = index;
            this.weights = weights;
            this.threshold = threshold;
            this.scores = new double[index.articleCount()];
            this.touched = new int[index.articleCount()];
        }

        List<List<RelatedArticle>> relate(int from, int to) {
            List<List<RelatedArticle>> related = new ArrayList<>(to - from);
            for (int a = from; a < to; a++) {
                related.add(relate(a));
            }
            return related;
        }

        private List<RelatedArticle> relate(int article) {
            int candidates = 0;
            for (int entity : index.entitiesOf(article)) {
                double weight = weights[entity];
                if (weight <= 0) {
                    continue;
                }
                for (int other : index.articlesOf(entity)) {
                    if (other != article) {
                        if (scores[other] == 0) {
                            touched[candidates++] = other;
                        }
                        scores[other] += weight;
                    }
                }
            }
            int[] best = best(candidates);
            List<RelatedArticle> related = new ArrayList<>(best.length);
            for (int other : best) {
                related.add(new RelatedArticle(index.articleId(other), scores[other], shared(article, other)));
            }
            for (int i = 0; i < candidates; i++) {
                scores[touched[i]] = 0;
            }
            return List.copyOf(related);
        }

        /** The closest candidates above the minimum: score descending, then article number. */
        private int[] best(int candidates) {
            int[] best = new int[limit];
            int kept = 0;
            for (int i = 0; i < candidates; i++) {
                int candidate = touched[i];
                if (scores[candidate] < threshold) {
                    continue;
                }
                int position = kept;
                while (position > 0 && closer(candidate, best[position - 1])) {
                    position--;
                }
                if (position < limit) {
                    int end = Math.min(kept, limit - 1);
                    System.arraycopy(best, position, best, position + 1, end - position);
                    best[position] = candidate;
                    kept = Math.min(kept + 1, limit);
                }
            }
            return Arrays.copyOf(best, kept);
        }

        private boolean closer(int a, int b) {
            int byScore = Double.compare(scores[a], scores[b]);
            return byScore > 0 || (byScore == 0 && a < b);
        }

        private List<String> shared(int article, int other) {
            int[] both = intersection(index.entitiesOf(article), index.entitiesOf(other));
            return IntStream.of(both)
                    .filter(e -> weights[e] > 0)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer e) -> weights[e]).reversed()
                            .thenComparing(e -> index.entity(e).id()))
                    .map(e -> index.entity(e).id())
                    .toList();
        }
    }

    private static int[] intersection(int[] a, int[] b) {
        return IntStream.of(a).filter(x -> Arrays.binarySearch(b, x) >= 0).toArray();
    }
}
