package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown articles and clippings with front matter: every key, and where each field came from. */
class FrontMatterFieldsTest {

    @TempDir
    Path root;

    private Path articles;
    private final Diagnostics warnings = new Diagnostics();
    private final ArticleLoader loader = new ArticleLoader();

    @BeforeEach
    void createFolder() throws IOException {
        articles = Files.createDirectory(root.resolve("articles"));
    }

    @Test
    void readsEveryKnownKeyAndKeepsUnknownOnesAsText() throws IOException {
        Files.writeString(articles.resolve("full.md"), """
                ---
                title: "Harbour: the long view"
                standfirst: Why the port matters
                author: Jane Doe
                source: The Harbour Gazette
                published: 2024-03-03
                url: https://example.org/harbour
                tags: [ports, trade]
                priority: 3
                regions:
                  - north
                  - south
                ---
                The body, *as written*.
                """);

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("Harbour: the long view");
        assertThat(article.standfirst()).contains("Why the port matters");
        assertThat(article.author()).contains("Jane Doe");
        assertThat(article.source()).contains("The Harbour Gazette");
        assertThat(article.published()).contains(LocalDate.of(2024, 3, 3));
        assertThat(article.url()).contains("https://example.org/harbour");
        assertThat(article.tags()).containsExactly("ports", "trade");
        assertThat(article.extra()).isEqualTo(Map.of("priority", "3", "regions", "north, south"));
        assertThat(article.body()).isEqualTo("The body, *as written*.\n");
        assertThat(article.provenance()).containsEntry("title", "front matter, line 2")
                .containsEntry("published", "front matter, line 6").containsEntry("tags", "front matter, line 8");
        assertThat(warnings.sorted()).isEmpty();
    }

    @Test
    void numbersAndBooleansKeepTheirSpellingAsTexts() throws IOException {
        Files.writeString(articles.resolve("n.md"), "---\ntitle: 1.10\nauthor: 1e3\nsource: true\npriority: 007.50\n---\nBody.\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("1.10");
        assertThat(article.author()).contains("1e3");
        assertThat(article.source()).contains("true");
        assertThat(article.extra()).containsEntry("priority", "007.50");
    }

    @Test
    void dateKeyAndDateTimesAndCommaSeparatedTagsAreAccepted() throws IOException {
        Files.writeString(articles.resolve("a.md"), "---\ntitle: A\ndate: 2024-03-03T22:15:00+09:00\ntags: ports, trade ,\n---\nBody.\n");
        Files.writeString(articles.resolve("b.md"), "---\ntitle: B\npublished: 2024-03-04 08:00:00\n---\nBody.\n");

        List<Article> loaded = loader.loadAll(articles, warnings);

        assertThat(loaded.get(0).published()).contains(LocalDate.of(2024, 3, 3));
        assertThat(loaded.get(0).tags()).containsExactly("ports", "trade");
        assertThat(loaded.get(1).published()).contains(LocalDate.of(2024, 3, 4));
    }

    @Test
    void markdownTitleComesFromTheFirstHeadingWhenFrontMatterHasNone() throws IOException {
        Files.writeString(articles.resolve("h.md"), "---\nauthor: Jane Doe\n---\n\n# The heading title\n\nBody text.\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("The heading title");
        assertThat(article.body()).isEqualTo("Body text.\n");
        assertThat(article.provenance()).containsEntry("title", "heading, line 5");
    }

    @Test
    void markdownWithoutTitleUsesTheFileNameAndWarns() throws IOException {
        Files.writeString(articles.resolve("untitled-note.md"), "Just a paragraph.\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("untitled-note");
        assertThat(article.provenance()).containsEntry("title", "file name");
        assertThat(warnings.sorted()).containsExactly(
                Diagnostic.of(articles.resolve("untitled-note.md"), "no title found; using the file name"));
    }

    @Test
    void everySpellingOfNullIsNoValueAndAQuotedTildeIsText() throws IOException {
        Files.writeString(articles.resolve("n.md"),
                "---\ntitle: ~\nauthor: Null\npublished: NULL\nurl: null\nsource: \"~\"\n---\n# The heading title\n\nBody.\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("The heading title");
        assertThat(article.author()).isEmpty();
        assertThat(article.published()).isEmpty();
        assertThat(article.url()).isEmpty();
        assertThat(article.source()).contains("~");
    }

    @Test
    void emptyFrontMatterIsAllowed() throws IOException {
        Files.writeString(articles.resolve("e.md"), "---\n---\n# Title\n");

        assertThat(loader.loadAll(articles, warnings).get(0).title()).isEqualTo("Title");
    }

    @Test
    void frontMatterOfAClippingOverridesWhatWasInferred() throws IOException {
        Files.writeString(articles.resolve("clip.txt"), """
                ---
                source: The Harbour Gazette
                published: 2024-03-05
                ---
                Harbour strike ends after two weeks
                By Jane Doe, Coastal News
                Published 3 March 2024
                Dock workers returned to work on Monday after a two-week strike over pay ended with an agreement that \
                raises wages by eight percent this year and by five percent next year, the union said in a statement \
                that was read out to workers at the gates of the port before the morning shift.
                The port authority said it expected the backlog of ships to clear by the end of the month.
                """);

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("Harbour strike ends after two weeks");
        assertThat(article.author()).contains("Jane Doe");
        assertThat(article.source()).contains("The Harbour Gazette");
        assertThat(article.published()).contains(LocalDate.of(2024, 3, 5));
        assertThat(article.provenance()).containsEntry("title", "line 5")
                .containsEntry("author", "byline, line 6")
                .containsEntry("source", "front matter, line 2")
                .containsEntry("published", "front matter, line 3");
        assertThat(warnings.sorted()).isEmpty();
    }

    @Test
    void clippingThatIsAllFurnitureKeepsTheFileNameAsTitle() throws IOException {
        Files.writeString(articles.resolve("furniture.txt"), "ADVERTISEMENT\nShare\nFollow us on X\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("furniture");
        assertThat(article.body()).isEmpty();
        assertThat(warnings.sorted()).extracting(Diagnostic::message)
                .containsExactly("author unknown, source unknown, date unknown", "no title found; using the file name");
    }
}
