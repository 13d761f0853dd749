package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Clippings and an {@code entities.yml} in, entities and reports out: one case per rule, from {@code entities/curation}. */
class CurationRulesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void applies(String name) throws IOException, URISyntaxException {
        String text = Files.readString(folder().resolve(name + ".txt"), StandardCharsets.UTF_8);
        String[] parts = text.split("\n=== entities.yml\n|\n=== expect\n");
        List<ArticleText> articles = new ArrayList<>();
        String[] clippings = parts[0].split("\n\\+\\+\\+\n");
        for (int i = 0; i < clippings.length; i++) {
            articles.add(Clipping.parse("a" + (i + 1), clippings[i]));
        }
        Diagnostics warnings = new Diagnostics();
        CurationRules rules = CurationRules.parse(Path.of("entities.yml"), parts[1], warnings);
        EntityCatalog catalog = new EntityExtractor(TableGazetteer.standard(), new FigureExtractor())
                .extract(articles, rules, warnings);
        List<String> reported = warnings.sorted().stream().map(Diagnostic::toString).toList();
        for (String line : parts[2].split("\n")) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "entity" -> assertThat(catalog.byId(f[1])).as("entity %s among %s", f[1], ids(catalog))
                        .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo(f[2]));
                case "!entity" -> assertThat(catalog.byId(f[1])).as("no entity %s", f[1]).isEmpty();
                case "mention" -> assertThat(catalog.byId(f[1]).orElseThrow().mentions().stream().map(m -> m.span().text()))
                        .as("mentions of %s", f[1]).contains(f[2]);
                case "warning" -> assertThat(reported).as("warnings").anySatisfy(w -> assertThat(w).contains(f[1]));
                default -> throw new IllegalArgumentException("unknown expectation: " + line);
            }
        }
    }

    private static List<String> ids(EntityCatalog catalog) {
        return catalog.entities().stream().map(Entity::id).toList();
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(CurationRulesTest.class.getResource("/entities/curation").toURI());
    }
}
