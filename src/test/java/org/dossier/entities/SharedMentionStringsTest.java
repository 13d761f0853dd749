package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;
import org.junit.jupiter.api.Test;

/**
 * A catalog holds one string for each distinct evidence text and surface form, however many
 * mentions repeat it: a large dossier has millions of mentions and only thousands of those texts.
 */
class SharedMentionStringsTest {

    private final List<Mention> mentions = new EntityExtractor(TableGazetteer.standard(), new FigureExtractor())
            .extract(List.of(
                    Clipping.resource("entities/seeds/000_d701ae17531aa9da.txt", "a"),
                    Clipping.resource("entities/seeds/001_4018661200a78250.txt", "b"),
                    Clipping.resource("entities/seeds/002_90671c341d80183f.txt", "c")), new Diagnostics())
            .entities().stream()
            .filter(entity -> entity.kind() != EntityKind.FIGURE)
            .flatMap(entity -> entity.mentions().stream())
            .toList();

    @Test
    void equalEvidenceTextsAreOneString() {
        assertOneInstancePerValue(Mention::evidence);
    }

    @Test
    void equalSurfaceFormsAreOneString() {
        assertOneInstancePerValue(mention -> mention.span().text());
    }

    private void assertOneInstancePerValue(Function<Mention, String> text) {
        Set<String> values = new HashSet<>();
        Set<String> instances = Collections.newSetFromMap(new IdentityHashMap<>());
        mentions.forEach(mention -> {
            values.add(text.apply(mention));
            instances.add(text.apply(mention));
        });
        // The seeds repeat both ("Russia", "North Korea"), so sharing has something to do.
        assertThat(mentions.size()).isGreaterThan(values.size() * 2);
        assertThat(instances).hasSameSizeAs(values);
    }
}
