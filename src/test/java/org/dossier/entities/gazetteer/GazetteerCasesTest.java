package org.dossier.entities.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code src/test/resources/gazetteer/cases.txt}, and measures precision and recall over them. */
class GazetteerCasesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Path CASES = casesFile();

    private static Path casesFile() {
        try {
            return Path.of(GazetteerCasesTest.class.getResource("/gazetteer/cases.txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<GazetteerCase> cases() {
        return GazetteerCase.read(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedMatches(GazetteerCase example) {
        List<String> found = GAZETTEER.find(example.sentence()).stream().map(GazetteerCase::describe).toList();

        assertThat(found).as(example.sentence()).containsExactlyElementsOf(example.expected());
    }

    @Test
    void precisionAndRecallOverTheCases() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (GazetteerCase example : cases()) {
            truePositives += example.correct().size();
            falsePositives += example.wrong().size();
            falseNegatives += example.missed().size();
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "gazetteer cases: %d, true positives %d, false positives %d, false negatives %d,"
                + " precision %.3f, recall %.3f%n", cases().size(), truePositives, falsePositives, falseNegatives,
                precision, recall);

        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }
}
