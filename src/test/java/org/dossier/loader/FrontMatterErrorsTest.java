package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each article under {@code loader/errors} has a front matter error; its {@code .error} file holds
 * the expected {@code LINE: MESSAGE}, shown after the file as {@code FILE:LINE: MESSAGE}.
 */
class FrontMatterErrorsTest {

    static Stream<String> examples() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".error")).sorted().toList();
            return names.stream();
        }
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(FrontMatterErrorsTest.class.getResource("/loader/errors").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void failsWithFileLineAndStep(String name) throws IOException, URISyntaxException {
        Path file = folder().resolve(name);
        String expected = Files.readString(folder().resolve(name.replaceFirst("\\.[a-z]+$", ".error")),
                StandardCharsets.UTF_8).strip();

        DossierException error = catchThrowableOfType(DossierException.class,
                () -> new ArticleLoader().load(folder(), file, new Diagnostics()));

        assertThat(error).as("error").isNotNull();
        assertThat(error.diagnostic().toString()).isEqualTo(file + ":" + expected);
    }

    @Test
    void loadingTheWholeFolderStopsAtTheFirstError(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path articles = Files.createDirectory(folder.resolve("articles"));
        Files.writeString(articles.resolve("x.md"), "---\ntitle: X\npublished: yesterday\n---\nBody.\n");

        DossierException error = catchThrowableOfType(DossierException.class,
                () -> new ArticleLoader().loadAll(articles, new Diagnostics()));

        assertThat(error.diagnostic().toString())
                .isEqualTo(articles.resolve("x.md") + ":3: front matter: 'published' is not a date: yesterday");
        assertThat(error.diagnostic().toString()).endsWith("articles/x.md:3: front matter: 'published' is not a date: yesterday");
    }

    @Test
    void ofSeveralErrorsTheFirstByPathIsReportedWithTheWarningsBeforeIt(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path articles = Files.createDirectory(folder.resolve("articles"));
        for (int i = 10; i < 50; i++) {
            String text = switch (i) {
                case 12, 45 -> "";
                case 17, 33 -> "---\ntitle: X\npublished: yesterday\n---\nBody.\n";
                default -> "---\ntitle: Article " + i + "\n---\nBody.\n";
            };
            Files.writeString(articles.resolve("a" + i + ".md"), text);
        }
        Diagnostics warnings = new Diagnostics();

        DossierException error = catchThrowableOfType(DossierException.class,
                () -> new ArticleLoader().loadAll(articles, warnings));

        assertThat(error.diagnostic().toString()).startsWith(articles.resolve("a17.md") + ":3:");
        assertThat(warnings.sorted()).extracting(w -> w.toString())
                .containsExactly(articles.resolve("a12.md") + ": empty file; skipped");
    }
}
