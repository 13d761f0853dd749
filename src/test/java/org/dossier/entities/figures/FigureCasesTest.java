package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code cases.txt} as its own test. */
class FigureCasesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    static Stream<FigureCase> cases() {
        return FigureCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedFigures(FigureCase example) {
        List<FigureMention> found = extractor.extract(example.article());

        assertThat(found).extracting(m -> m.span().text())
                .as("surfaces in: %s", example.text())
                .containsExactlyElementsOf(example.figures().stream().map(FigureCase.Expected::surface).toList());
        for (int i = 0; i < found.size(); i++) {
            FigureMention mention = found.get(i);
            assertThat(mention.facts()).as("facts of '%s' (%s)", mention.span().text(), mention.evidence())
                    .usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(example.figures().get(i).facts());
            assertThat(example.text().substring(mention.span().start(), mention.span().end()))
                    .isEqualTo(mention.span().text());
        }
    }
}
