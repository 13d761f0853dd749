package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;
import org.dossier.markdown.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Odd text never breaks the extractor, and every span it reports points at exactly the text it
 * names: random mixes of capitals, hyphens, apostrophes, brackets, dashes and empty pieces, from
 * seeded generators so any failure can be replayed.
 */
class HostileInputTest {

    private static final String[] PIECES = {"Kim", "Jong-Un", "Mr", "Mr.", "President", "said", "told", ",", ".", " ",
        "(", ")", "(CSIS)", "Center", "for", "of", "and", "the", "The", "’s", "'s", "-", "—", "\u00a0", "Korea", "North",
        "Group", "Crisis", "U.S.", "A", "who", "region", "Kursk", "\n", "", "É", "X-", "-Y", "Oblast", "by", "·", "2024",
        "Monday", "\"", "“", "”", "Lavrov", "Sergei", "Sergey", "WHO", "Inter-American", "Bank", "SANTIAGO —"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void spansPointAtTheirText(long seed) {
        Random random = new Random(seed);
        List<ArticleText> articles = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            List<Block> body = new ArrayList<>();
            for (int b = 0; b < 1 + random.nextInt(5); b++) {
                body.add(new Block("p" + (b + 1), random.nextBoolean(), text(random, random.nextInt(60))));
            }
            articles.add(new ArticleText("a" + a, text(random, random.nextInt(12)), Optional.of(text(random, 8)),
                    random.nextBoolean() ? Optional.of(text(random, 4)) : Optional.empty(), Optional.empty(), body));
        }

        EntityCatalog catalog = new EntityExtractor(TableGazetteer.standard(), new FigureExtractor())
                .extract(articles, new Diagnostics());

        for (Entity entity : catalog.entities()) {
            for (Mention mention : entity.mentions()) {
                ArticleText article = articles.get(Integer.parseInt(mention.article().substring(1)));
                String block = TextBlock.of(article).stream().filter(t -> t.id().equals(mention.span().block()))
                        .findFirst().orElseThrow().text();
                assertThat(block.substring(mention.span().start(), mention.span().end()))
                        .as("%s in %s", entity.id(), mention.article()).isEqualTo(mention.span().text());
            }
        }
    }

    private static String text(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
