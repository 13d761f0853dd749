package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Text in, entities out: one named case per behaviour, from {@code src/test/resources/entities/cases}. */
class RecogniserCasesTest {

    /** The first line of a case that needs the packed gazetteer, with its context rules, not the test table. */
    private static final String PACKED_GAZETTEER = "gazetteer: packed\n";

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recognises(String name) throws IOException, URISyntaxException {
        String text = Files.readString(folder().resolve(name + ".txt"), StandardCharsets.UTF_8);
        boolean packed = text.startsWith(PACKED_GAZETTEER);
        String[] parts = (packed ? text.substring(PACKED_GAZETTEER.length()) : text).split("\n===\n", 2);
        List<ArticleText> articles = new ArrayList<>();
        String[] clippings = parts[0].split("\n\\+\\+\\+\n");
        for (int i = 0; i < clippings.length; i++) {
            articles.add(Clipping.parse("a" + (i + 1), clippings[i]));
        }
        EntityCatalog catalog = new EntityExtractor(packed ? GazetteerLookup.packed() : TableGazetteer.standard(), new FigureExtractor())
                .extract(articles, new Diagnostics());
        for (String line : parts[1].split("\n")) {
            if (!line.isBlank()) {
                check(catalog, line.split("\t"));
            }
        }
    }

    private static void check(EntityCatalog catalog, String[] f) {
        if (f[0].equals("count")) {
            assertThat(catalog.ofKind(kind(f[1]))).as("entities of kind %s: %s", f[1], catalog.ofKind(kind(f[1])))
                    .hasSize(Integer.parseInt(f[2]));
            return;
        }
        boolean absent = f[0].startsWith("!");
        EntityKind kind = kind(absent ? f[0].substring(1) : f[0]);
        List<Entity> named = catalog.ofKind(kind).stream().filter(e -> e.name().equals(f[1])).toList();
        if (absent && f.length == 2) {
            assertThat(named).as("no %s named '%s'", kind.id(), f[1]).isEmpty();
            return;
        }
        if (absent) {
            assertThat(named.stream().flatMap(e -> e.mentions().stream()).map(m -> m.span().text()))
                    .as("%s '%s' has no mention '%s'", kind.id(), f[1], f[2]).doesNotContain(f[2]);
            return;
        }
        assertThat(named).as("a %s named '%s' among %s", kind.id(), f[1], catalog.ofKind(kind).stream().map(Entity::name).toList())
                .hasSize(1);
        assertThat(named.get(0).mentions().stream().map(m -> m.span().text()))
                .as("mentions of %s", f[1]).contains(f[2]);
        if (f.length > 3) {
            assertThat(named.get(0).country()).as("country of %s", f[1]).contains(f[3]);
        }
    }

    private static EntityKind kind(String id) {
        return EntityKind.valueOf(id.toUpperCase(Locale.ROOT));
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(RecogniserCasesTest.class.getResource("/entities/cases").toURI());
    }
}
