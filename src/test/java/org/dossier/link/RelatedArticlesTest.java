package org.dossier.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.dossier.entities.EntityCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelatedArticlesTest {

    private final RelatedArticles related = new RelatedArticles();

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("a%03d", i)).toList();
    }

    private static List<String> articlesOf(List<RelatedArticle> related) {
        return related.stream().map(RelatedArticle::article).toList();
    }

    @Test
    void aSharedRareEntityBeatsASharedCommonOne() {
        Dossiers dossier = new Dossiers()
                .article("a", "person/analyst", "country/big")
                .article("b", "person/analyst")
                .article("c", "country/big")
                .article("d", "country/big")
                .article("e", "place/elsewhere");

        Map<String, List<RelatedArticle>> result = related.relate(List.of("a", "b", "c", "d", "e"), dossier.catalog());

        assertThat(articlesOf(result.get("a"))).containsExactly("b", "c", "d");
        assertThat(result.get("a").get(0).score()).isCloseTo(Math.log(5.0 / 2), within(1e-12));
        assertThat(result.get("a").get(1).score()).isCloseTo(Math.log(5.0 / 3), within(1e-12));
        assertThat(result.get("e")).isEmpty();
    }

    @Test
    void aWriterOrEditorCreditedByTwoArticlesDoesNotRelateThem() {
        Dossiers dossier = new Dossiers()
                .credits("a", "person/editor")
                .credits("b", "person/editor")
                .article("a", "country/one")
                .article("b", "country/two")
                .article("c", "person/editor", "country/three")
                .article("d", "country/four")
                .article("e", "country/five");

        Map<String, List<RelatedArticle>> result = related.relate(List.of("a", "b", "c", "d", "e"), dossier.catalog());

        assertThat(result).allSatisfy((id, list) -> assertThat(list).as(id).isEmpty());
    }

    @Test
    void anEntityCreditedInOneArticleAndNamedInTheTextOfBothStillRelatesThem() {
        Dossiers dossier = new Dossiers()
                .credits("a", "person/analyst")
                .article("a", "person/analyst")
                .article("b", "person/analyst")
                .article("c", "country/three")
                .article("d", "country/four");

        Map<String, List<RelatedArticle>> result = related.relate(List.of("a", "b", "c", "d"), dossier.catalog());

        assertThat(articlesOf(result.get("a"))).containsExactly("b");
        assertThat(result.get("a").get(0).shared()).containsExactly("person/analyst");
    }

    @Test
    void anEntityEveryArticleNamesRelatesNothing() {
        Dossiers dossier = new Dossiers();
        for (String id : ids(5)) {
            dossier.article(id, "country/everywhere");
        }

        Map<String, List<RelatedArticle>> result = related.relate(ids(5), dossier.catalog());

        assertThat(result).hasSize(5).allSatisfy((id, list) -> assertThat(list).isEmpty());
    }

    @Test
    void reasonsAreTheSharedEntitiesStrongestFirstThenById() {
        Dossiers dossier = new Dossiers()
                .article("a", "country/common", "person/rare", "place/also-rare", "figure/ten-troops")
                .article("b", "country/common", "person/rare", "place/also-rare", "figure/ten-troops", "person/other")
                .article("c", "country/common", "place/also-rare")
                .article("d", "country/common", "person/other")
                .article("e", "organisation/unrelated");

        List<RelatedArticle> forA = related.relate(List.of("a", "b", "c", "d", "e"), dossier.catalog()).get("a");

        assertThat(forA.get(0).article()).isEqualTo("b");
        assertThat(forA.get(0).shared())
                .containsExactly("figure/ten-troops", "person/rare", "place/also-rare", "country/common");
    }

    @Test
    void aSharedFigureRelatesArticles() {
        Dossiers dossier = new Dossiers()
                .article("a", "figure/10000-troops")
                .article("b", "figure/10000-troops")
                .article("c", "country/other")
                .article("d", "country/other");

        Map<String, List<RelatedArticle>> result = related.relate(List.of("a", "b", "c", "d"), dossier.catalog());

        assertThat(result.get("a")).singleElement().satisfies(r -> {
            assertThat(r.article()).isEqualTo("b");
            assertThat(r.shared()).containsExactly("figure/10000-troops");
        });
    }

    @Test
    void keepsTheClosestFiveAboveTheMinimumScoreAndBreaksTiesById() {
        Dossiers dossier = new Dossiers().article("hub", "person/p");
        for (String id : List.of("g", "f", "e", "d", "c", "b")) {
            dossier.article(id, "person/p");
        }
        List<String> all = new ArrayList<>(ids(40));
        all.addAll(List.of("hub", "b", "c", "d", "e", "f", "g"));

        List<RelatedArticle> forHub = related.relate(all, dossier.catalog()).get("hub");

        assertThat(articlesOf(forHub)).containsExactly("b", "c", "d", "e", "f");
    }

    @Test
    void dropsRelationsBelowTheMinimumScore() {
        Dossiers dossier = new Dossiers();
        for (String id : ids(5).subList(0, 4)) {
            dossier.article(id, "country/most");
        }

        Map<String, List<RelatedArticle>> result = related.relate(ids(5), dossier.catalog());

        // log(5/4) = 0.22: four articles in five naming a country say almost nothing.
        assertThat(result.get("a000")).isEmpty();
        assertThat(new RelatedArticles(5, 0.1).relate(ids(5), dossier.catalog()).get("a000")).hasSize(3);
    }

    @Test
    void inATinyDossierTwoArticlesThatAloneNameSomeoneAreRelated() {
        Dossiers dossier = new Dossiers().article("a", "person/p").article("b", "person/p").article("c", "place/q");

        Map<String, List<RelatedArticle>> result = related.relate(List.of("a", "b", "c"), dossier.catalog());

        // log(3/2) = 0.41 is below the usual minimum, but no entity could weigh more here.
        assertThat(articlesOf(result.get("a"))).containsExactly("b");
        assertThat(articlesOf(result.get("b"))).containsExactly("a");
        assertThat(result.get("c")).isEmpty();
    }

    @ParameterizedTest(name = "{0} articles: entities in more than {1} are pruned")
    @CsvSource({"1, 20", "5, 20", "40, 20", "41, 20", "100, 50", "1999, 999", "2000, 1000", "100000, 1000"})
    void pruningThresholdGrowsWithTheDossierUpToACap(int articles, int threshold) {
        assertThat(RelatedArticles.maxArticlesPerEntity(articles)).isEqualTo(threshold);
    }

    @Test
    void anEntityNamedByMoreThanHalfOfALargeDossierIsPruned() {
        List<String> articles = ids(100);
        Dossiers dossier = new Dossiers();
        // 51 articles in 100 name "common": log(100/51) = 0.67 would pass the minimum, but it is pruned.
        articles.subList(0, 51).forEach(id -> dossier.article(id, "country/common"));
        // 50 name "half": kept.
        articles.subList(50, 100).forEach(id -> dossier.article(id, "country/half"));

        Map<String, List<RelatedArticle>> result = related.relate(articles, dossier.catalog());

        assertThat(result.get("a000")).isEmpty();
        assertThat(result.get("a099")).hasSize(5).allSatisfy(r -> assertThat(r.shared()).containsExactly("country/half"));
        assertThat(result.get("a050")).allSatisfy(r -> assertThat(r.shared()).containsExactly("country/half"));
    }

    @Test
    void mentionsOfArticlesOutsideTheDossierAreIgnored() {
        Dossiers dossier = new Dossiers().article("a", "person/p").article("gone", "person/p").article("b", "place/q");

        Map<String, List<RelatedArticle>> result = related.relate(List.of("a", "b"), dossier.catalog());

        assertThat(result).containsOnlyKeys("a", "b");
        assertThat(result.get("a")).isEmpty();
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        Random random = new Random(7);
        Dossiers dossier = new Dossiers();
        List<String> articles = ids(300);
        for (String id : articles) {
            String[] entities = IntStream.range(0, 6)
                    .mapToObj(i -> "person/p" + random.nextInt(60))
                    .toArray(String[]::new);
            dossier.article(id, entities);
        }
        EntityCatalog catalog = dossier.catalog();
        List<String> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(11));

        Map<String, List<RelatedArticle>> first = related.relate(articles, catalog);
        Map<String, List<RelatedArticle>> second = related.relate(shuffled, catalog);

        assertThat(second).isEqualTo(first);
        assertThat(List.copyOf(first.keySet())).isSorted();
        assertThat(first.values()).allSatisfy(this::isRankedAndBounded);
    }

    private void isRankedAndBounded(List<RelatedArticle> list) {
        assertThat(list).hasSizeLessThanOrEqualTo(RelatedArticles.DEFAULT_LIMIT);
        for (int i = 1; i < list.size(); i++) {
            RelatedArticle before = list.get(i - 1);
            RelatedArticle after = list.get(i);
            assertThat(before.score() > after.score()
                    || before.score() == after.score() && before.article().compareTo(after.article()) < 0)
                    .as("%s ranks before %s", before, after)
                    .isTrue();
        }
        assertThat(list).allSatisfy(r -> {
            assertThat(r.score()).isGreaterThanOrEqualTo(RelatedArticles.DEFAULT_MINIMUM_SCORE);
            assertThat(r.shared()).isNotEmpty();
        });
    }

    @Test
    void rejectsANegativeLimitAndANonPositiveMinimum() {
        assertThatThrownBy(() -> new RelatedArticles(-1, 0.5)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new RelatedArticles(5, 0)).hasMessageContaining("minimum");
    }
}
