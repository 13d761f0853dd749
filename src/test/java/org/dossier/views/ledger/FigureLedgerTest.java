package org.dossier.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.views.DossierFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grouping cases as data: each file under {@code views/grouping} declares articles and figures
 * and the groups expected ({@code expect group LABEL | VALUES}) and the figures expected to stand
 * alone ({@code expect alone | VALUES}).
 */
class FigureLedgerTest {

    static Stream<Path> cases() throws IOException {
        return Files.list(Path.of("src/test/resources/views/grouping")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void groupsFiguresByWhatTheyMeasure(Path file) {
        DossierFixture fixture = DossierFixture.read(file);
        FigureLedger ledger = FigureLedger.of(fixture.dossier());

        List<String> expectedGroups = new ArrayList<>();
        List<String> expectedAlone = new ArrayList<>();
        for (String expectation : fixture.expectations()) {
            if (expectation.startsWith("group ")) {
                expectedGroups.add(expectation.substring("group ".length()));
            } else if (expectation.startsWith("alone ")) {
                expectedAlone.addAll(values(expectation.substring(expectation.indexOf('|') + 1)));
            }
        }
        List<String> actualGroups = ledger.groups().stream()
                .map(g -> g.label() + " | " + String.join(", ", g.rows().stream().map(FigureLedgerTest::value).toList()))
                .toList();
        assertThat(actualGroups).containsExactlyInAnyOrderElementsOf(expectedGroups);
        assertThat(ledger.singles().stream().map(FigureLedgerTest::value).toList())
                .containsExactlyInAnyOrderElementsOf(expectedAlone);
    }

    private static String value(LedgerRow row) {
        return row.facts().value().stripTrailingZeros().toPlainString();
    }

    private static List<String> values(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
