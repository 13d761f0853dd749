package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.entities.ArticleText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor reads the same figures whatever the default locale: German swaps the decimal and
 * grouping marks, Turkish lower-cases {@code I} to a dotless {@code ı}.
 */
class LocaleIndependenceTest {

    private final FigureExtractor extractor = new FigureExtractor();

    static Stream<Locale> locales() {
        return Stream.of(Locale.GERMANY, Locale.forLanguageTag("tr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void sameFiguresUnderAnotherDefaultLocale(Locale locale) {
        List<String> expected = readAll();
        Locale saved = Locale.getDefault();
        List<String> actual;
        try {
            Locale.setDefault(locale);
            actual = readAll();
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private List<String> readAll() {
        List<ArticleText> articles = new ArrayList<>();
        SeedBodies.SEEDS.forEach(seed -> articles.add(SeedBodies.article(seed)));
        FigureCase.all().forEach(example -> articles.add(example.article()));
        List<String> read = new ArrayList<>();
        for (ArticleText article : articles) {
            for (FigureMention m : extractor.extract(article)) {
                read.add(m.span() + " " + m.facts() + " " + m.key() + " " + m.name() + " " + m.evidence());
            }
        }
        return read;
    }
}
