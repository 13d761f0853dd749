package org.dossier.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A synthetic dossier of 20,000 articles whose entities follow a Zipf distribution, as names in
 * news do: a few are everywhere, most are rare. An all-pairs method would take minutes here; the
 * inverted index with pruning finishes in the normal test run.
 */
class LargeDossierTest {

    private static final int ARTICLES = 20_000;
    private static final int VOCABULARY = 30_000;
    private static final int ENTITIES_PER_ARTICLE = 12;

    private static List<String> articleIds;
    private static EntityCatalog catalog;
    private static Map<String, Set<String>> entitiesByArticle;

    @BeforeAll
    static void buildDossier() {
        Random random = new Random(20_000);
        double[] cumulative = zipf(VOCABULARY);
        articleIds = IntStream.range(0, ARTICLES).mapToObj(i -> String.format("article-%05d", i)).toList();
        entitiesByArticle = new HashMap<>();
        Dossiers dossier = new Dossiers();
        for (String article : articleIds) {
            Set<String> named = new HashSet<>();
            while (named.size() < ENTITIES_PER_ARTICLE) {
                int rank = Arrays.binarySearch(cumulative, random.nextDouble());
                named.add(entityId(rank < 0 ? -rank - 1 : rank));
            }
            entitiesByArticle.put(article, named);
            dossier.article(article, named.stream().sorted().toArray(String[]::new));
        }
        catalog = dossier.catalog();
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    /** Kinds rotate so that every kind, figures included, takes part. */
    private static String entityId(int rank) {
        String[] kinds = {"person", "country", "place", "organisation", "figure"};
        return kinds[rank % kinds.length] + "/e" + rank;
    }

    @Test
    void relatedArticlesHaveTheExpectedShape() {
        Map<String, List<RelatedArticle>> related = new RelatedArticles().relate(articleIds, catalog);
        Map<String, Integer> df = catalog.entities().stream()
                .collect(Collectors.toMap(Entity::id, e -> (int) e.mentions().stream().map(Mention::article).distinct().count()));

        assertThat(related).hasSize(ARTICLES);
        long withRelated = related.values().stream().filter(list -> !list.isEmpty()).count();
        assertThat(withRelated).isGreaterThan(ARTICLES * 9L / 10);
        // Plain checks collecting what is wrong: per-item assertions would dominate the run time.
        List<String> problems = new ArrayList<>();
        related.forEach((article, list) -> {
            if (list.size() > 5) {
                problems.add(article + ": more than five related");
            }
            for (int i = 0; i < list.size(); i++) {
                RelatedArticle r = list.get(i);
                double expected = r.shared().stream().mapToDouble(e -> Math.log((double) ARTICLES / df.get(e))).sum();
                if (r.article().equals(article)
                        || i > 0 && list.get(i - 1).score() < r.score()
                        || !entitiesByArticle.get(article).containsAll(r.shared())
                        || !entitiesByArticle.get(r.article()).containsAll(r.shared())
                        || r.shared().stream().anyMatch(e -> df.get(e) > 1_000)
                        || Math.abs(r.score() - expected) > 1e-9) {
                    problems.add(article + ": " + r);
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(df.get(entityId(0))).isGreaterThan(1_000);
    }

    @Test
    void coMentionsOfTheCommonestEntityAndTheConnectionTableAreBounded() {
        CoMentions coMentions = CoMentions.of(articleIds, catalog);

        List<CoMention> partners = coMentions.with(entityId(0), 10);
        List<Connection> table = coMentions.table(5);

        assertThat(partners).hasSize(10);
        assertThat(partners.get(0).entity()).isEqualTo(entityId(1));
        assertThat(table).isNotEmpty().hasSizeLessThanOrEqualTo(VOCABULARY * 5);
        List<Connection> wrong = table.stream()
                .filter(c -> c.first().startsWith("figure/") || c.second().startsWith("figure/")
                        || c.articles().isEmpty()
                        || !c.articles().equals(c.articles().stream().sorted().toList())
                        || !c.articles().stream().allMatch(a -> entitiesByArticle.get(a).containsAll(List.of(c.first(), c.second()))))
                .toList();
        assertThat(wrong).isEmpty();
    }
}
