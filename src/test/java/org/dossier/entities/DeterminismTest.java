package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;
import org.junit.jupiter.api.Test;

/** The same articles give the same catalog, entity for entity, however the parallel phases ran. */
class DeterminismTest {

    @Test
    void twoRunsGiveEqualCatalogs() {
        List<ArticleText> articles = new ArrayList<>();
        for (String name : List.of("000_d701ae17531aa9da", "001_4018661200a78250", "002_90671c341d80183f",
                "003_1fc0ec52a08fea6b", "004_af1a237af1bed520")) {
            articles.add(Clipping.resource("entities/seeds/" + name + ".txt", name));
        }
        EntityExtractor extractor = new EntityExtractor(TableGazetteer.standard(), new FigureExtractor());

        List<Entity> first = extractor.extract(articles, new Diagnostics()).entities();
        List<Entity> second = extractor.extract(articles, new Diagnostics()).entities();

        assertThat(first).isNotEmpty().isEqualTo(second);
    }
}
