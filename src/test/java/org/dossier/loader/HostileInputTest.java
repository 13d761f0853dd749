package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on input that would break a naive one: each class of hostile file is a test. */
class HostileInputTest {

    /** A first paragraph too long to be a standfirst, so that every line below is body text. */
    private static final String LEDE = "The first paragraph of the article says what happened, where it happened and "
            + "when it happened, and it goes on to say who was there, what they said about it afterwards and why it "
            + "matters to the people who live nearby, which is more than a standfirst under a title would ever say "
            + "before the body of the story begins.\n";
    private static final String BODY = LEDE
            + "The second paragraph gives the background that a reader needs to follow the story.\n";

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
    void emptyFileIsSkippedWithAWarning() throws IOException {
        Files.write(articles.resolve("empty.txt"), new byte[0]);

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(warnings.sorted()).containsExactly(Diagnostic.of(articles.resolve("empty.txt"), "empty file; skipped"));
    }

    @Test
    void whitespaceOnlyFileIsSkippedWithAWarning() throws IOException {
        Files.writeString(articles.resolve("blank.md"), " \n\t\r\n  \n");

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(messages()).containsExactly("empty file; skipped");
    }

    @Test
    void fileTooLargeForAnArticleIsSkippedWithoutBeingRead() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(articles.resolve("dump.md").toFile(), "rw")) {
            huge.setLength(ArticleLoader.MAX_FILE_BYTES + 1);
        }

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(messages()).containsExactly("file too large for an article (65 MiB, at most 64 MiB); skipped");
    }

    @Test
    void fileWithNulBytesIsSkippedAsBinary() throws IOException {
        Files.write(articles.resolve("data.txt"), new byte[] {'T', 'i', 't', 'l', 'e', 0, 1, 2, '\n'});

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(messages()).containsExactly("binary file, not text; skipped");
    }

    @Test
    void imageNamedLikeAnArticleIsSkippedAsBinary() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 'I', 'H', 'D', 'R'};
        Files.write(articles.resolve("photo.md"), png);

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(messages()).containsExactly("binary file, not text; skipped");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
        byte[] title = "Caf\u00e9 owners protest new rules".getBytes(StandardCharsets.ISO_8859_1);
        byte[] quote = {'\n', (byte) 0x93, 'W', 'e', ' ', 'w', 'i', 'l', 'l', ' ', 'g', 'o', ' ', 'o', 'n', ',',
                (byte) 0x94, ' ', 's', 'a', 'i', 'd', ' ', 'o', 'n', 'e', '.', '\n'};
        Files.write(articles.resolve("latin.txt"), concat(title, quote, BODY.getBytes(StandardCharsets.US_ASCII)));

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("Caf\u00e9 owners protest new rules");
        assertThat(article.body()).contains("\u201cWe will go on,\u201d said one.");
        assertThat(messages()).contains("not valid UTF-8; read as windows-1252");
    }

    @Test
    void byteOrderMarkIsStripped() throws IOException {
        Files.writeString(articles.resolve("bom.txt"), "\uFEFFBridge reopens after repairs\n" + BODY);

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("Bridge reopens after repairs");
        assertThat(article.body()).doesNotContain("\uFEFF");
    }

    @Test
    void byteOrderMarkBeforeFrontMatterIsStripped() throws IOException {
        Files.writeString(articles.resolve("bom.md"), "\uFEFF---\ntitle: With a mark\n---\nBody.\n");

        assertThat(loader.loadAll(articles, warnings).get(0).title()).isEqualTo("With a mark");
    }

    @Test
    void blankLinesBeforeFrontMatterAreSkipped() throws IOException {
        Files.writeString(articles.resolve("blank.md"), "\n  \n\t\n---\ntitle: Leading blank\n---\nBody.\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("Leading blank");
        assertThat(article.provenance()).containsEntry("title", "front matter, line 5");
        assertThat(article.body()).isEqualTo("Body.\n");
        assertThat(warnings.sorted()).isEmpty();
    }

    @Test
    void crlfAndLoneCrLineEndsAreNormalised() throws IOException {
        Files.writeString(articles.resolve("crlf.txt"), "Bridge reopens after repairs\r\n"
                + LEDE.strip() + "\r"
                + "The second paragraph gives the background that a reader needs to follow the story.\r\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("Bridge reopens after repairs");
        assertThat(article.body()).doesNotContain("\r").contains("begins.\n\nThe second paragraph");
    }

    @Test
    void crlfInFrontMatterIsNormalised() throws IOException {
        Files.writeString(articles.resolve("crlf.md"), "---\r\ntitle: Windows\r\nauthor: Jane Doe\r\n---\r\nBody.\r\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("Windows");
        assertThat(article.author()).contains("Jane Doe");
        assertThat(article.body()).isEqualTo("Body.\n");
    }

    @Test
    void twentyMegabyteArticleIsRead() throws IOException {
        StringBuilder text = new StringBuilder("A very long report on the state of the roads\n");
        String paragraph = " of the report describes one more road, its potholes and the cost of repairs.\n";
        for (int i = 0; text.length() < 20_000_000; i++) {
            text.append("Paragraph ").append(i).append(paragraph);
        }
        Files.writeString(articles.resolve("long.txt"), text);

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("A very long report on the state of the roads");
        assertThat(article.body().length()).isGreaterThan(19_000_000);
    }

    @Test
    void lineOfOneHundredThousandCharactersIsRead() throws IOException {
        String line = "Word *and* _more_ <b>text</b> [x](y) 2024. ".repeat(2_400).substring(0, 100_000);
        Files.writeString(articles.resolve("wide.txt"), "A wide article\n" + line + "\n" + line + "x\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.body().length()).isGreaterThan(200_000);
        assertThat(render(article.body())).doesNotContain("<em>", "<b>", "<a ");
    }

    @Test
    void titleLineOfOneHundredThousandCharactersFallsBackToTheFileName() throws IOException {
        Files.writeString(articles.resolve("wide.txt"), "word ".repeat(20_000) + "\n" + BODY);

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.title()).isEqualTo("wide");
        assertThat(messages()).contains("no title found; using the file name");
    }

    @Test
    void symbolicLinkOutOfTheFolderIsSkippedAndNeverFollowed() throws IOException {
        Path outside = Files.writeString(root.resolve("secret.txt"), "Secret title\nSecret body that must not be read.\n");
        Files.createSymbolicLink(articles.resolve("leak.txt"), outside);

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(messages()).containsExactly("symbolic link points outside the articles folder; skipped");
    }

    @Test
    void symbolicLinkToAnotherArticleOfTheFolderIsNotReadTwice() throws IOException {
        Files.writeString(articles.resolve("with space.txt"), "Title\n" + BODY);
        Files.createSymbolicLink(articles.resolve("a-link.txt"), articles.resolve("with space.txt"));
        Path hidden = Files.createDirectory(articles.resolve(".drafts"));
        Files.writeString(hidden.resolve("draft.txt"), "Draft\n" + BODY);
        Files.createSymbolicLink(articles.resolve("b-draft.txt"), hidden.resolve("draft.txt"));
        Files.createSymbolicLink(articles.resolve("c-draft-again.txt"), hidden.resolve("draft.txt"));

        assertThat(loader.loadAll(articles, warnings)).extracting(Article::file).containsExactly("b-draft.txt", "with space.txt");
        assertThat(messages()).filteredOn(message -> message.startsWith("symbolic")).containsExactly(
                "symbolic link to with space.txt, read already; skipped", "symbolic link to b-draft.txt, read already; skipped");
    }

    @Test
    void articlesFolderThatIsALinkIsRead() throws IOException {
        Files.writeString(articles.resolve("a.txt"), "Title\n" + BODY);
        Path link = Files.createSymbolicLink(root.resolve("linked"), articles);

        assertThat(loader.loadAll(link, warnings)).extracting(Article::file).containsExactly("a.txt");
        assertThat(warnings.sorted()).extracting(Diagnostic::file).containsOnly(link.resolve("a.txt"));
    }

    @Test
    void brokenSymbolicLinkIsSkippedWithAWarning() throws IOException {
        Files.createSymbolicLink(articles.resolve("gone.txt"), articles.resolve("missing.txt"));

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(messages()).containsExactly("broken symbolic link; skipped");
    }

    @Test
    void symbolicLinkToAFolderOutsideIsNotDescended() throws IOException {
        Path outside = Files.createDirectory(root.resolve("elsewhere"));
        Files.writeString(outside.resolve("a.txt"), "Title\n" + BODY);
        Files.createSymbolicLink(articles.resolve("more"), outside);

        assertThat(loader.loadAll(articles, warnings)).isEmpty();
        assertThat(messages()).containsExactly("symbolic link points outside the articles folder; skipped");
    }

    @Test
    void folderNamedLikeAnArticleIsDescendedInto() throws IOException {
        Path folder = Files.createDirectory(articles.resolve("x.md"));
        Files.writeString(folder.resolve("inner.txt"), "Inner title\n" + BODY);

        List<Article> loaded = loader.loadAll(articles, warnings);

        assertThat(loaded).extracting(Article::file).containsExactly("x.md/inner.txt");
    }

    @Test
    void loadingAFolderByNameFailsCleanly() throws IOException {
        Path folder = Files.createDirectory(articles.resolve("x.md"));

        assertThatThrownBy(() -> loader.load(articles, folder, warnings))
                .isInstanceOf(DossierException.class).hasMessageEndingWith("x.md: is a folder, not an article");
    }

    @Test
    void articlesAreFoundRecursivelyAndSortedByRelativePath() throws IOException {
        Files.createDirectories(articles.resolve("b/c"));
        Files.writeString(articles.resolve("b/c/z.md"), "# Z\n\nBody.\n");
        Files.writeString(articles.resolve("b/a.markdown"), "# A\n\nBody.\n");
        Files.writeString(articles.resolve("c.txt"), "C\n" + BODY);
        Files.writeString(articles.resolve("a.TXT"), "A\n" + BODY);

        assertThat(loader.loadAll(articles, warnings)).extracting(Article::file)
                .containsExactly("a.TXT", "b/a.markdown", "b/c/z.md", "c.txt");
    }

    @Test
    void settingsAndDotFilesAreIgnoredSilentlyAndOtherFilesWithAWarning() throws IOException {
        Files.writeString(articles.resolve("dossier.yml"), "title: T\n");
        Files.writeString(articles.resolve("entities.yml"), "people: []\n");
        Files.writeString(articles.resolve(".DS_Store"), "x");
        Files.createDirectory(articles.resolve(".git"));
        Files.writeString(articles.resolve(".git/HEAD.md"), "# Not an article\n");
        Files.writeString(articles.resolve("notes.docx"), "x");
        Files.writeString(articles.resolve("a.md"), "# A\n\nBody.\n");

        assertThat(loader.loadAll(articles, warnings)).extracting(Article::file).containsExactly("a.md");
        assertThat(warnings.sorted()).containsExactly(
                Diagnostic.of(articles.resolve("notes.docx"), "not an article (.md, .markdown or .txt); skipped"));
    }

    @Test
    void markdownSignificantTextInAClippingIsShownLiterally() throws IOException {
        Files.writeString(articles.resolve("tricky.txt"), "Markup in a clipping\n" + LEDE
                + "Stars *like these* and _underscores_ stay as written in the article text here.\n"
                + "<script>alert(1)</script> is text, and so is [click](javascript:alert(1)) in this paragraph.\n"
                + "# not a heading, - not a list, 1. not a list either, &amp; not an entity, said the writer.\n");

        Article article = loader.loadAll(articles, warnings).get(0);
        String html = render(article.body());

        assertThat(html).doesNotContain("<em>", "<script>", "<a ", "<h1>", "<li>");
        assertThat(html).contains("*like these*", "_underscores_", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "[click](javascript:alert(1))", "# not a heading", "&amp;amp; not an entity");
    }

    @Test
    void rawHtmlLineIsReplacedByItsTextAndScriptsDropped() throws IOException {
        Files.writeString(articles.resolve("html.txt"), "Pasted markup\n" + BODY
                + "<div><p>A sentence that only the markup carries, long enough to be a paragraph.</p></div>\n"
                + "<script>document.write('x')</script>\n");

        Article article = loader.loadAll(articles, warnings).get(0);

        assertThat(article.body()).contains("A sentence that only the markup carries")
                .doesNotContain("<div", "\\<div", "script", "document.write");
    }

    private List<String> messages() {
        return warnings.sorted().stream().map(Diagnostic::message).toList();
    }

    private static String render(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
