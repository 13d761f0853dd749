package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor against the hand-annotated figures of the five seed clippings: a found
 * figure matches a gold one when value and unit agree; precision, recall and the share of matches
 * whose surface, counted thing, hedge and attribution also agree are printed and held to floors.
 */
class SeedFiguresTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void precisionAndRecallOnTheSeeds() {
        Score score = new Score();
        for (String seed : SeedBodies.SEEDS) {
            score.add(seed, GoldFigure.load(seed), extractor.extract(SeedBodies.article(seed)));
        }
        System.out.println(score.report());
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(1.0);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(1.0);
        assertThat(score.share(score.sameSurface)).as("surface agreement").isGreaterThanOrEqualTo(1.0);
        assertThat(score.share(score.sameWhat)).as("counted thing agreement").isGreaterThanOrEqualTo(0.9);
        assertThat(score.share(score.sameHedge)).as("hedge agreement").isGreaterThanOrEqualTo(1.0);
        assertThat(score.share(score.sameAttribution)).as("attribution agreement").isGreaterThanOrEqualTo(0.9);
    }

    /** Counts over all seeds. */
    private static final class Score {
        private int gold;
        private int found;
        private int matched;
        private int sameSurface;
        private int sameWhat;
        private int sameHedge;
        private int sameAttribution;
        private final List<String> misses = new ArrayList<>();

        void add(String seed, List<GoldFigure> expected, List<FigureMention> actual) {
            gold += expected.size();
            found += actual.size();
            List<FigureMention> unused = new ArrayList<>(actual);
            for (GoldFigure g : expected) {
                FigureMention match = unused.stream().filter(g::matches).findFirst().orElse(null);
                if (match == null) {
                    misses.add(seed + ": missed " + g);
                    continue;
                }
                unused.remove(match);
                matched++;
                sameSurface += agree(seed, "surface", g.surface(), match.span().text());
                sameWhat += agree(seed, "what", g.what(), match.facts().what());
                sameHedge += agree(seed, "hedge", g.hedge(), match.facts().hedge().orElse(""));
                sameAttribution += agree(seed, "attribution", g.attribution(), match.facts().attribution().orElse(""));
            }
            unused.forEach(m -> misses.add(seed + ": spurious '" + m.span().text() + "' " + m.evidence()));
        }

        private int agree(String seed, String field, String expected, String actual) {
            if (expected.equals(actual)) {
                return 1;
            }
            misses.add(seed + ": " + field + " expected '" + expected + "' but was '" + actual + "'");
            return 0;
        }

        double precision() {
            return found == 0 ? 1.0 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) matched / gold;
        }

        double share(int agreeing) {
            return matched == 0 ? 1.0 : (double) agreeing / matched;
        }

        String report() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "Seed figures: gold %d, found %d, matched %d; precision %.3f, recall %.3f;"
                            + " agreement of matches: surface %.3f, what %.3f, hedge %.3f, attribution %.3f",
                    gold, found, matched, precision(), recall(), share(sameSurface), share(sameWhat),
                    share(sameHedge), share(sameAttribution)));
            misses.forEach(miss -> out.append("\n  ").append(miss));
            return out.toString();
        }
    }
}
