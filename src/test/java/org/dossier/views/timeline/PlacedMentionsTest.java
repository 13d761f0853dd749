package org.dossier.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;
import org.dossier.views.EntityRef;
import org.dossier.views.timeline.Timeline.Placed;
import org.junit.jupiter.api.Test;

class PlacedMentionsTest {

    @Test
    void eachBlockListsItsMentionsInTheCatalogsOrderHoweverTheCatalogIsSplit() {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            EntityKind kind = EntityKind.values()[i % EntityKind.values().length];
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < i % 7; m++) {
                // Article b before article a for some: an entity's mentions need not be in article order.
                String article = (i + m) % 3 == 0 ? "b" : "a";
                mentions.add(new Mention(article, new Span("p" + (m % 3), 10 * m + i % 10, 10 * m + i % 10 + 1, "x"),
                        "", ""));
            }
            entities.add(new Entity(String.format("%s/e%03d", kind.id(), i), kind, "E" + i, new TreeSet<>(), mentions,
                    Optional.empty(), Optional.empty()));
        }
        EntityCatalog catalog = new EntityCatalog(entities);

        Map<String, List<Placed>> placed = PlacedMentions.of(catalog).inArticle("a");

        assertThat(placed).containsOnlyKeys("p0", "p1", "p2");
        placed.forEach((block, mentions) -> assertThat(mentions).isEqualTo(onePass(catalog, "a", block)));
        assertThat(placed.values()).flatMap(list -> list).extracting(p -> p.entity().kind())
                .doesNotContain(EntityKind.FIGURE);
        assertThat(PlacedMentions.of(catalog).inArticle("c")).isEmpty();
    }

    /** The mentions of a block as one pass over the catalog's entities finds them. */
    private static List<Placed> onePass(EntityCatalog catalog, String article, String block) {
        List<Placed> placed = new ArrayList<>();
        for (Entity entity : catalog.entities()) {
            for (Mention mention : entity.mentions()) {
                if (entity.kind() != EntityKind.FIGURE && mention.article().equals(article)
                        && mention.span().block().equals(block)) {
                    placed.add(new Placed(EntityRef.of(entity), mention.span().start()));
                }
            }
        }
        return placed;
    }
}
