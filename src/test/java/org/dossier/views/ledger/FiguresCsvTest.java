package org.dossier.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.views.DossierFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiguresCsvTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("7000", "7000"),
                Arguments.of("as many as 15,000", "\"as many as 15,000\""),
                Arguments.of("the \"red line\"", "\"the \"\"red line\"\"\""),
                Arguments.of("two\nlines", "\"two\nlines\""),
                Arguments.of("carriage\rreturn", "\"carriage\rreturn\""),
                Arguments.of("plain text", "plain text"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @MethodSource("fields")
    void quotesAsRfc4180Requires(String field, String quoted) {
        assertThat(FiguresCsv.quote(field)).isEqualTo(quoted);
    }

    @Test
    void theSeedTroopLedgerMatchesItsGoldenFile() throws IOException {
        FigureLedger ledger = FigureLedger.of(
                DossierFixture.read(Path.of("src/test/resources/views/grouping/seed-troops.txt")).dossier());

        String expected = Files.readString(Path.of("src/test/resources/views/csv/seed-troops.csv"), StandardCharsets.UTF_8);

        assertThat(FiguresCsv.of(ledger)).isEqualTo(expected);
    }

    @Test
    void everyLineEndsInCrLfAndHasOneFieldPerColumn() {
        FigureLedger ledger = FigureLedger.of(
                DossierFixture.read(Path.of("src/test/resources/views/grouping/money-by-currency.txt")).dossier());

        String csv = FiguresCsv.of(ledger);

        assertThat(csv).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(csv.split("\r\n")).allSatisfy(line ->
                assertThat(line.replaceAll("\"[^\"]*\"", "x").split(",", -1)).hasSize(FiguresCsv.HEADER.size()));
    }
}
