package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each clipping under {@code loader/seeds} (the dossier's seed pastes) and {@code loader/clippings}
 * (layouts of other outlets) is read and compared with its {@code .expected} record.
 */
class ClippingExamplesTest {

    private static final List<String> FOLDERS = List.of("seeds", "clippings");

    static Stream<String> examples() throws IOException, URISyntaxException {
        Stream<String> all = Stream.empty();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder(folder))) {
                List<String> names = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".txt")).sorted().map(n -> folder + "/" + n).toList();
                all = Stream.concat(all, names.stream());
            }
        }
        return all;
    }

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(ClippingExamplesTest.class.getResource("/loader/" + name).toURI());
    }

    @Test
    void everySeedAndAtLeastFourOtherLayoutsHaveAnExample() throws IOException, URISyntaxException {
        List<String> names = examples().toList();
        assertThat(names.stream().filter(n -> n.startsWith("seeds/"))).hasSize(5);
        assertThat(names.stream().filter(n -> n.startsWith("clippings/")).count()).isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsAsExpected(String example) throws IOException, URISyntaxException {
        String[] parts = example.split("/");
        Path folder = folder(parts[0]);
        Path file = folder.resolve(parts[1]);
        ExpectedArticle expected = ExpectedArticle.read(folder.resolve(parts[1].replace(".txt", ".expected")));
        Diagnostics warnings = new Diagnostics();

        Article article = new ArticleLoader().load(folder, file, warnings);

        Map<String, String> single = expected.single();
        assertThat(article.title()).as("title").isEqualTo(single.get("title"));
        assertThat(article.standfirst()).as("standfirst").isEqualTo(optional(single.get("standfirst")));
        assertThat(article.author()).as("author").isEqualTo(optional(single.get("author")));
        assertThat(article.source()).as("source").isEqualTo(optional(single.get("source")));
        assertThat(article.published()).as("published").isEqualTo(optional(single.get("published")).map(LocalDate::parse));
        List<String> blocks = Arrays.asList(article.body().strip().split("\n\n"));
        List<String> paragraphs = blocks.stream().filter(b -> !b.startsWith("## ") && !b.startsWith("*")).toList();
        assertThat(paragraphs.get(0)).as("first paragraph").startsWith(single.get("first"));
        assertThat(paragraphs.get(paragraphs.size() - 1)).as("last paragraph").startsWith(single.get("last"));
        if (single.containsKey("last-ends")) {
            assertThat(paragraphs.get(paragraphs.size() - 1)).as("last paragraph").endsWith(single.get("last-ends"));
        }
        for (String heading : expected.all("heading")) {
            assertThat(blocks).as("headings").contains("## " + heading);
        }
        assertThat(blocks.stream().filter(b -> b.startsWith("## ")).toList()).as("only the expected headings")
                .hasSize(expected.all("heading").size());
        for (String caption : expected.all("caption")) {
            assertThat(blocks).as("captions").contains(caption);
        }
        for (String absent : expected.all("absent")) {
            assertThat(article.body()).as("body without boilerplate").doesNotContain(absent);
        }
        for (String once : expected.all("once")) {
            assertThat(article.body().split(java.util.regex.Pattern.quote(once), -1)).as("once: " + once).hasSize(2);
        }
        List<String> messages = warnings.sorted().stream().map(Diagnostic::message).toList();
        List<String> expectedWarnings = expected.all("warning");
        assertThat(expectedWarnings).as("the example says which warnings it expects").isNotEmpty();
        assertThat(messages).as("warnings")
                .isEqualTo(expectedWarnings.equals(List.of("none")) ? List.of() : expectedWarnings);
        for (Map.Entry<String, String> entry : single.entrySet()) {
            if (entry.getKey().startsWith("provenance.")) {
                String field = entry.getKey().substring("provenance.".length());
                assertThat(article.provenance()).as("provenance").containsEntry(field, entry.getValue());
            }
        }
    }

    @Test
    void readingDoesNotDependOnTheDefaultLocaleOrOnRepetition() throws URISyntaxException {
        Path seeds = folder("seeds");
        List<Article> expected = new ArticleLoader().loadAll(seeds, new Diagnostics());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(new ArticleLoader().loadAll(seeds, new Diagnostics())).isEqualTo(expected);
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
