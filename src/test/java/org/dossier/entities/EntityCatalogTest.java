package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EntityCatalogTest {

    @Test
    void mentionsInAnArticleKeepTheEntitysOrderEvenWhenItsListIsNotInArticleOrder() {
        Mention b1 = mention("b", 1);
        Mention a1 = mention("a", 1);
        Mention b2 = mention("b", 2);
        Mention a2 = mention("a", 2);
        Entity kim = person("people/kim", b1, a1, b2, a2);
        EntityCatalog catalog = new EntityCatalog(List.of(kim));

        assertThat(catalog.mentionsIn(kim, "a")).containsExactly(a1, a2);
        assertThat(catalog.mentionsIn(kim, "b")).containsExactly(b1, b2);
        assertThat(catalog.mentionsIn(kim, "c")).isEmpty();
    }

    @Test
    void anEntityNotInTheCatalogHasItsOwnMentionsReadDirectly() {
        Mention a1 = mention("a", 1);
        Entity kim = person("people/kim", a1);
        EntityCatalog catalog = new EntityCatalog(List.of(person("people/kim", mention("a", 7))));

        assertThat(catalog.mentionsIn(kim, "a")).containsExactly(a1);
    }

    @Test
    void everyLookupAgreesWithFilteringTheEntitysMentions() {
        Random random = new Random(7);
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < 40; e++) {
            List<Mention> mentions = new ArrayList<>();
            for (int m = random.nextInt(30); m > 0; m--) {
                mentions.add(mention("article-" + random.nextInt(12), random.nextInt(500)));
            }
            entities.add(person("people/p" + e, mentions.toArray(Mention[]::new)));
        }
        EntityCatalog catalog = new EntityCatalog(entities);

        for (Entity entity : catalog.entities()) {
            for (int a = 0; a < 13; a++) {
                String article = "article-" + a;
                List<Mention> expected = entity.mentions().stream().filter(m -> m.article().equals(article)).toList();
                assertThat(catalog.mentionsIn(entity, article)).isEqualTo(expected);
                assertThat(catalog.inArticle(article).contains(entity)).isEqualTo(!expected.isEmpty());
            }
        }
        for (int a = 0; a < 12; a++) {
            List<Entity> named = catalog.inArticle("article-" + a);
            assertThat(named).isSortedAccordingTo((x, y) -> x.id().compareTo(y.id())).doesNotHaveDuplicates();
        }
    }

    private static Mention mention(String article, int start) {
        return new Mention(article, new Span("p1", start, start + 3, "Kim"), "person: test", "Kim spoke.");
    }

    private static Entity person(String id, Mention... mentions) {
        return new Entity(id, EntityKind.PERSON, "Kim", new TreeSet<>(List.of("Kim")), List.of(mentions), Optional.empty(),
                Optional.empty());
    }
}
