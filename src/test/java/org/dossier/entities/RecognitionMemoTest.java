package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.site.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An extraction that reuses a memo finds exactly what a fresh extraction of the same articles finds. */
class RecognitionMemoTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    @TempDir
    Path work;

    private Path articles;

    /** A change to the articles folder. */
    @FunctionalInterface
    interface Change {
        void apply(Path articles) throws IOException;
    }

    @BeforeEach
    void seeds() throws IOException {
        articles = Files.createDirectories(work.resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, articles.resolve(file.getFileName()));
            }
        }
    }

    static Stream<Named<Change>> changes() {
        return Stream.of(
                Named.of("nothing", a -> { }),
                Named.of("a sentence with no new word", a -> append(a.resolve("002_90671c341d80183f.txt"),
                        "\nThe troops said that the war was on.\n")),
                Named.of("every capitalised word of another article now also written in lower case",
                        a -> append(a.resolve("004_af1a237af1bed520.txt"), "\n" + lowerCased(a.resolve("000_d701ae17531aa9da.txt")) + "\n")),
                Named.of("an article deleted, its words leaving the vocabulary",
                        a -> Files.delete(a.resolve("003_1fc0ec52a08fea6b.txt"))),
                Named.of("an article added before the others, shifting nothing but adding names", a -> Files.writeString(
                        a.resolve("0000_first.txt"), "Talks in Canberra\nThe Lowy Institute said Penny Wong met officials in Canberra.\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void theMemoGivesTheFreshResult(Change change) throws IOException {
        EntityExtractor.Extraction first = EXTRACTOR.extract(texts(), CurationRules.none(), new Diagnostics(), RecognitionMemo.empty());
        assertThat(first.catalog().entities()).isEqualTo(EXTRACTOR.extract(texts(), new Diagnostics()).entities());

        change.apply(articles);
        List<ArticleText> after = texts();
        EntityExtractor.Extraction again = EXTRACTOR.extract(after, CurationRules.none(), new Diagnostics(), first.memo());

        assertThat(again.catalog().entities()).isEqualTo(EXTRACTOR.extract(after, new Diagnostics()).entities());
        assertThat(again.memo().size()).isEqualTo(after.size());
    }

    private List<ArticleText> texts() {
        return new SiteBuilder().drafts(articles, new Diagnostics()).stream().map(SiteBuilder::articleText).toList();
    }

    private static String lowerCased(Path file) throws IOException {
        return Stream.of(Files.readString(file).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .distinct()
                .collect(Collectors.joining(" ", "and ", "."));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }
}
