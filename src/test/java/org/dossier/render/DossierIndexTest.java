package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityExtractor;
import org.dossier.entities.EntityKind;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.DossierConfig;
import org.dossier.site.SiteBuilder;
import org.junit.jupiter.api.Test;

class DossierIndexTest {

    private static final Comparator<Map.Entry<Entity, Integer>> MOST_FIRST =
            Comparator.comparing((Map.Entry<Entity, Integer> e) -> -e.getValue())
                    .thenComparing(e -> e.getKey().name())
                    .thenComparing(e -> e.getKey().id());

    @Test
    void theCoMentionedAreTheMostSharedThenByNameAsAFullSortGivesThem() {
        LinkedDossier dossier = seedDossier();
        DossierIndex index = new DossierIndex(dossier);
        List<Entity> named = dossier.catalog().entities().stream().filter(e -> e.kind() != EntityKind.FIGURE).toList();

        int compared = 0;
        for (Entity entity : named) {
            for (int limit : new int[] {0, 1, 3, 15}) {
                assertThat(index.coMentioned(entity, limit)).as(entity.id() + " limit " + limit)
                        .isEqualTo(fullSort(index, named, entity).stream().limit(limit).toList());
                compared++;
            }
        }
        assertThat(named).hasSizeGreaterThan(20);
        assertThat(compared).isEqualTo(4 * named.size());
    }

    @Test
    void theFiguresAboutAnEntityAreThoseSharingASentenceWithIt_mostArticlesFirst() {
        LinkedDossier dossier = seedDossier();
        DossierIndex index = new DossierIndex(dossier);
        List<Entity> figures = dossier.catalog().entities().stream().filter(e -> e.kind() == EntityKind.FIGURE).toList();

        int withFigures = 0;
        for (Entity entity : dossier.catalog().entities()) {
            List<Map.Entry<Entity, Integer>> expected = figures.stream()
                    .filter(figure -> !figure.id().equals(entity.id()))
                    .map(figure -> Map.entry(figure, articlesWhereASentenceNamesBoth(entity, figure)))
                    .filter(e -> e.getValue() > 0)
                    .sorted(MOST_FIRST)
                    .toList();
            assertThat(index.figuresAbout(entity)).as(entity.id()).isEqualTo(expected);
            withFigures += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withFigures).isGreaterThan(10);
    }

    private static int articlesWhereASentenceNamesBoth(Entity entity, Entity figure) {
        Set<String> sentences = new HashSet<>();
        entity.mentions().forEach(m -> sentences.add(m.article() + "|" + m.span().block() + "|" + m.sentence()));
        return (int) figure.mentions().stream()
                .filter(m -> sentences.contains(m.article() + "|" + m.span().block() + "|" + m.sentence()))
                .map(m -> m.article())
                .distinct()
                .count();
    }

    private static LinkedDossier seedDossier() {
        List<ArticleDraft> drafts = new SiteBuilder().drafts(Path.of("articles"), new Diagnostics());
        return new CrossLinker().link(DossierConfig.defaults(), drafts, new EntityExtractor()
                .extract(drafts.stream().map(SiteBuilder::articleText).toList(), new Diagnostics()));
    }

    @Test
    void aWriterNamedOnlyInABylineIsNamedWithNobody_andNobodyWithTheWriter() {
        LinkedDossier dossier = seedDossier();
        DossierIndex index = new DossierIndex(dossier);
        Entity writer = dossier.catalog().byId("person/christy-lee").orElseThrow();
        assertThat(writer.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.credit()).isTrue());
        assertThat(index.articlesOf(writer)).isNotEmpty();

        assertThat(index.coMentioned(writer, 15)).isEmpty();
        for (String article : index.articlesOf(writer)) {
            for (Entity other : dossier.catalog().inArticle(article)) {
                assertThat(index.coMentioned(other, 1_000)).as(other.id()).extracting(Map.Entry::getKey).doesNotContain(writer);
            }
        }
    }

    private static List<Map.Entry<Entity, Integer>> fullSort(DossierIndex index, List<Entity> named, Entity entity) {
        Set<String> articles = storyArticles(index, entity);
        return named.stream()
                .filter(other -> !other.id().equals(entity.id()))
                .map(other -> Map.entry(other, (int) storyArticles(index, other).stream().filter(articles::contains).count()))
                .filter(e -> e.getValue() > 0)
                .sorted(MOST_FIRST)
                .toList();
    }

    /** The articles whose text names {@code entity} other than in a credit. */
    private static Set<String> storyArticles(DossierIndex index, Entity entity) {
        Set<String> articles = new HashSet<>();
        entity.mentions().stream().filter(m -> !m.credit()).forEach(m -> articles.add(m.article()));
        return articles;
    }
}
