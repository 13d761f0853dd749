package org.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files that cannot be kept as test data (bytes, line ends, links, sizes), each built
 * through the real command line over a previous site; {@link BuildInvariants} checks what every
 * build must keep to.
 */
class HostileFilesTest {

    private static final Path PROJECT_TEMPLATES = Path.of("templates").toAbsolutePath();
    private static final String GOOD = "---\ntitle: A good article\nauthor: Jane Doe\npublished: 2024-03-01\n---\n"
            + "The council met on Tuesday to agree the budget for the coming year.\n";
    /** A first paragraph too long to be a standfirst, so that the lines after it are body text. */
    private static final String LEDE = "The first paragraph of the article says what happened, where it happened and "
            + "when it happened, and it goes on to say who was there, what they said about it afterwards and why it "
            + "matters to the people who live nearby, which is more than a standfirst would ever say.\n";

    /**
     * The size of the very large article: {@code -Ddossier.hostile.largeArticleBytes}; the build
     * of 20 MB takes minutes, so the ordinary run uses 2 MB (the loader alone is tested on 20 MB).
     */
    private static final int LARGE_ARTICLE_BYTES = Integer.getInteger("dossier.hostile.largeArticleBytes", 2_000_000);
    /**
     * How many articles share one folder: {@code -Ddossier.hostile.manyArticles}; 10,000 build in
     * about 40 s, so the ordinary run uses 1,000.
     */
    private static final int MANY_ARTICLES = Integer.getInteger("dossier.hostile.manyArticles", 1_000);

    @TempDir
    Path root;

    private BuildRun run;

    @BeforeEach
    void dossier() {
        run = new BuildRun(root);
        run.article("good.md", GOOD);
        run.previousSite();
    }

    @Test
    void emptyFileIsSkippedWithAWarning() {
        BuildRun.write(run.articles().resolve("empty.md"), new byte[0]);

        buildSucceedsWarning(run.articles().resolve("empty.md") + ": empty file; skipped");
    }

    @Test
    void whitespaceOnlyFileIsSkippedWithAWarning() {
        run.article("blank.txt", "  \n\t\n\r\n   \n");

        buildSucceedsWarning(run.articles().resolve("blank.txt") + ": empty file; skipped");
    }

    @Test
    void imageDroppedIntoTheFolderIsSkippedWithAWarning() {
        BuildRun.write(run.articles().resolve("photo.png"), png());

        buildSucceedsWarning(run.articles().resolve("photo.png") + ": not an article (.md, .markdown or .txt); skipped");
    }

    @Test
    void fileNameWithALineBreakIsNamedOnOneLine() {
        BuildRun.write(run.articles().resolve("line\nbreak.png"), png());

        buildSucceedsWarning(run.articles() + "/line\\u000abreak.png: not an article (.md, .markdown or .txt); skipped");
    }

    @Test
    void imageNamedLikeAnArticleIsSkippedAsBinary() {
        BuildRun.write(run.articles().resolve("photo.md"), png());

        buildSucceedsWarning(run.articles().resolve("photo.md") + ": binary file, not text; skipped");
    }

    @Test
    void latin1TextIsReadWithAWarning() {
        byte[] text = ("Caf\u00e9 owners protest na\u00efve rules\n" + LEDE + "Cr\u00e8me br\u00fbl\u00e9e costs more.\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        BuildRun.write(run.articles().resolve("latin.txt"), text);

        buildSucceedsWarning(run.articles().resolve("latin.txt") + ": not valid UTF-8; read as windows-1252");
        assertThat(articlePages()).anySatisfy(page -> assertThat(page)
                .contains("Caf\u00e9 owners protest na\u00efve rules", "Cr\u00e8me br\u00fbl\u00e9e"));
    }

    @Test
    void invalidUtf8SequencesAreReadWithAWarning() {
        byte[] text = concat("Broken bytes in a title\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, ' ', (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xF0, '\n'},
                LEDE.getBytes(StandardCharsets.UTF_8));
        BuildRun.write(run.articles().resolve("broken.txt"), text);

        buildSucceedsWarning(run.articles().resolve("broken.txt") + ": not valid UTF-8; read as windows-1252");
    }

    @Test
    void byteOrderMarkIsDroppedSilently() {
        run.article("bom.md", "\uFEFF---\ntitle: Marked with a BOM\n---\nBody text of the marked article.\n");

        buildSucceeds();
        assertThat(run.errLines()).noneMatch(line -> line.contains("bom.md"));
        assertThat(articlePages()).anySatisfy(page -> assertThat(page).contains("<h1>Marked with a BOM</h1>"));
        assertThat(articlePages()).allSatisfy(page -> assertThat(page).doesNotContain("\uFEFF"));
    }

    @Test
    void crlfAndLoneCrLineEndsMakeTheSameArticleAsLf() {
        String lf = "---\ntitle: Line ends\n---\nFirst paragraph of the article.\n\nSecond paragraph of the article.\n";
        run.article("crlf.md", lf.replace("\n", "\r\n"));
        run.article("cr.md", lf.replace("Line ends", "Line ends again").replace("\n", "\r"));

        buildSucceeds();
        assertThat(articlePages()).filteredOn(page -> page.contains("Line ends"))
                .hasSize(2)
                .allSatisfy(page -> assertThat(page).contains("<p id=\"p1\">First paragraph of the article.</p>")
                        .contains("<p id=\"p2\">Second paragraph of the article.</p>").doesNotContain("\r"));
    }

    @Test
    void veryLargeArticleIsBuilt() {
        StringBuilder text = new StringBuilder("---\ntitle: A very long report\n---\n");
        for (int i = 0; text.length() < LARGE_ARTICLE_BYTES; i++) {
            text.append("Paragraph ").append(i).append(" of the report describes one more road in the county, its ")
                    .append("potholes and the cost of mending them before the winter.\n\n");
        }
        run.article("long.md", text.toString());

        buildSucceeds();
        assertThat(articlePages()).anySatisfy(page -> assertThat(page.length()).isGreaterThan(LARGE_ARTICLE_BYTES));
    }

    @Test
    void manyArticlesInOneFolderAreBuilt() {
        for (int i = 0; i < MANY_ARTICLES; i++) {
            run.article(String.format("many-%05d.md", i), "---\ntitle: Short note " + (i % 100) + "\n---\nNote " + i
                    + " on the council budget.\n");
        }

        buildSucceeds();
        try (Stream<Path> pages = Files.list(run.site().resolve("articles"))) {
            assertThat(pages.count()).isEqualTo(MANY_ARTICLES + 1L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void lineOfOneHundredThousandCharactersIsBuilt() {
        String names = "Word *and* _more_ <b>text</b> [x](y) 2024 Paris. ".repeat(2_100).substring(0, 100_000);
        String words = "word and more text ".repeat(5_300).substring(0, 100_000);
        run.article("wide.md", "---\ntitle: A wide article\n---\n" + names + "\n");
        run.article("wide.txt", "A wide clipping\n" + words + "\n");

        buildSucceeds();
        assertThat(articlePages()).filteredOn(page -> page.contains("A wide")).hasSize(2);
    }

    @Test
    void longParagraphOfNamesWithoutPunctuationIsBuilt() {
        String sentence = "the talks went on and said Ivan Petrov to the envoy to Moscow Anna Smith and ";
        run.article("unpunctuated.md", "---\ntitle: No stops\n---\n" + sentence.repeat(500_000 / sentence.length()) + "\n");

        buildSucceeds();
        assertThat(run.site().resolve("people/ivan-petrov.html")).exists();
    }

    @Test
    void lineOfOneHundredThousandMarkupCharactersIsBuilt() {
        for (String mark : List.of(">", "[", "*", "<", "`", "-", "|", "#", "(", "\\", "_", "&")) {
            run.article("mark-" + (int) mark.charAt(0) + ".md", "---\ntitle: Nested " + mark + "\n---\n"
                    + mark.repeat(100_000) + "\n");
        }

        buildSucceeds();
    }

    @Test
    void symbolicLinkOutOfTheFolderIsNotFollowed() throws IOException {
        Path secret = BuildRun.write(root.resolve("outside/secret.md"),
                "---\ntitle: Secret title\n---\nA secret sentence.\n".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(run.articles().resolve("leak.md"), secret);
        Files.createSymbolicLink(run.articles().resolve("folder"), secret.getParent());

        buildSucceedsWarning(run.articles().resolve("leak.md") + ": symbolic link points outside the articles folder; skipped");
        assertThat(run.errLines()).contains("warning: " + run.articles().resolve("folder")
                + ": symbolic link points outside the articles folder; skipped");
        assertThat(BuildRun.snapshot(run.site()).keySet()).noneMatch(name -> name.contains("secret"));
        assertThat(run.page("entities.json")).doesNotContain("Secret");
    }

    @Test
    void settingsFilesLinkedFromOutsideAreNotRead() throws IOException {
        Path config = BuildRun.write(root.resolve("outside/dossier.yml"), "title: Secret title\n".getBytes(StandardCharsets.UTF_8));
        Path rules = BuildRun.write(root.resolve("outside/entities.yml"), "ignore: [place/paris]\n".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(run.articles().resolve("dossier.yml"), config);
        Files.createSymbolicLink(run.articles().resolve("entities.yml"), rules);

        buildSucceedsWarning(run.articles().resolve("dossier.yml") + ": symbolic link points outside the articles folder; skipped");
        assertThat(run.errLines()).contains("warning: " + run.articles().resolve("entities.yml")
                + ": symbolic link points outside the articles folder; skipped");
        assertThat(run.page("index.html")).doesNotContain("Secret title");
    }

    @Test
    void brokenSymbolicLinkIsSkippedWithAWarning() throws IOException {
        Files.createSymbolicLink(run.articles().resolve("gone.md"), run.articles().resolve("missing.md"));

        buildSucceedsWarning(run.articles().resolve("gone.md") + ": broken symbolic link; skipped");
    }

    @Test
    void folderNamedLikeAnArticleIsReadAsAFolder() throws IOException {
        Files.createDirectories(run.articles().resolve("x.md"));
        run.article("y.md/inner.md", "---\ntitle: Inside a folder named like an article\n---\nBody.\n");

        buildSucceeds();
        assertThat(articlePages()).anySatisfy(page -> assertThat(page).contains("Inside a folder named like an article"));
    }

    @Test
    void missingTemplatesFolderUsesTheDefaultsAndSaysSo() {
        buildSucceedsWarningWith(run.templates(),
                run.templates() + ": templates folder not found; using the default templates");
    }

    @Test
    void emptyTemplatesFolderUsesTheDefaultsAndSaysSo() throws IOException {
        Files.createDirectories(run.templates());

        buildSucceedsWarningWith(run.templates(),
                run.templates() + ": templates folder holds no .mustache file; using the default templates");
    }

    @Test
    void emptyArticlesFolderBuildsAnEmptySite() throws IOException {
        Files.delete(run.articles().resolve("good.md"));

        buildSucceeds();
        assertThat(run.page("index.html")).contains("<html");
    }

    @Test
    void missingArticlesFolderFailsWithOneLine() throws IOException {
        Files.delete(run.articles().resolve("good.md"));
        Files.delete(run.articles());

        buildFails(run.articles() + ": articles folder not found");
    }

    @Test
    void outputFolderNotWrittenByDossierIsNeverReplaced() throws IOException {
        Path mine = BuildRun.write(root.resolve("site/thesis.docx"), "my only copy".getBytes(StandardCharsets.UTF_8));
        Files.delete(run.site().resolve(".dossier"));
        Files.delete(run.site().resolve("index.html"));

        run.build(PROJECT_TEMPLATES);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("error: " + run.site() + ": output folder is not empty and was not "
                + "written by Dossier (no .dossier file); refusing to replace it");
        assertThat(Files.readString(mine)).isEqualTo("my only copy");
        assertThat(BuildRun.snapshot(run.site()).keySet()).containsExactly("/", "thesis.docx");
        assertThat(Files.list(root).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("articles", "site");
    }

    @Test
    void folderWhereTheBuildWouldStageThatIsNotDossiersIsNeverDeleted() throws IOException {
        Path staging = root.resolve(".site.staging");
        Path mine = BuildRun.write(staging.resolve("notes.txt"), "my notes".getBytes(StandardCharsets.UTF_8));

        run.build(PROJECT_TEMPLATES);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("error: " + staging + ": the build's staging folder exists and was not "
                + "written by Dossier (no .dossier file); refusing to delete it");
        assertThat(Files.readString(mine)).isEqualTo("my notes");
        assertThat(run.page("index.html")).isEqualTo(BuildRun.PREVIOUS_SITE);
    }

    @Test
    void outputThatIsTheArticlesFolderIsRefused() {
        String[] args = {"build", "--articles", run.articles().toString(), "--templates", PROJECT_TEMPLATES.toString(),
            "--out", run.articles().toString()};
        StringWriter err = new StringWriter();

        int exit = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("refusing to replace it").doesNotContain("Exception");
        assertThat(BuildRun.snapshot(run.articles()).keySet()).containsExactly("/", "good.md");
    }

    @Test
    void outputInsideTheArticlesFolderIsRefused() {
        Path inside = run.articles().resolve("site");
        String[] args = {"build", "--articles", run.articles().toString(), "--templates", PROJECT_TEMPLATES.toString(),
            "--out", inside.toString()};
        StringWriter err = new StringWriter();

        int exit = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("error: " + inside + ": output folder is inside the articles "
                + "folder " + run.articles() + "; refusing to write the site where the next build would read it as articles");
        assertThat(BuildRun.snapshot(run.articles()).keySet()).containsExactly("/", "good.md");
    }

    @Test
    void articlesInsideTheOutputFolderAreRefused() {
        Path articles = run.site().resolve("articles");
        BuildRun.write(articles.resolve("good.md"), GOOD.getBytes(StandardCharsets.UTF_8));
        String[] args = {"build", "--articles", articles.toString(), "--templates", PROJECT_TEMPLATES.toString(),
            "--out", run.site().toString()};
        StringWriter err = new StringWriter();

        int exit = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("error: " + run.site() + ": output folder holds the articles "
                + "folder " + articles + "; refusing to replace it");
        assertThat(BuildRun.snapshot(run.site()).keySet())
                .containsExactly(".dossier", "/", "articles/", "articles/good.md", "index.html");
    }

    @Test
    void outputThatIsAFileIsRefused() throws IOException {
        Files.delete(run.site().resolve(".dossier"));
        Files.delete(run.site().resolve("index.html"));
        Files.delete(run.site());
        Files.writeString(run.site(), "a file, not a folder");

        run.build(PROJECT_TEMPLATES);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("error: " + run.site() + ": output is a file, not a folder; refusing to replace it");
        assertThat(Files.readString(run.site())).isEqualTo("a file, not a folder");
    }

    @Test
    void verboseAddsTheStackTraceToAnError() {
        run.article("bad.md", "---\npublished: yesterday\n---\nBody.\n");

        run.build(PROJECT_TEMPLATES, "--verbose");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines().get(0)).isEqualTo("error: " + run.articles().resolve("bad.md")
                + ":2: front matter: 'published' is not a date: yesterday");
        assertThat(run.err()).contains("DossierException", "\tat ");
    }

    @Test
    void aFailedBuildAfterAGoodOneKeepsTheGoodSite() {
        buildSucceeds();
        String built = run.page("index.html");
        run.article("bad.md", "---\ntitle: [unclosed\n---\nBody.\n");

        run.build(PROJECT_TEMPLATES);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: " + run.articles().resolve("bad.md") + ":");
        assertThat(run.page("index.html")).isEqualTo(built);
    }

    private void buildSucceeds() {
        buildSucceedsWarningWith(PROJECT_TEMPLATES);
    }

    private void buildSucceedsWarning(String warning) {
        buildSucceedsWarningWith(PROJECT_TEMPLATES, warning);
    }

    private void buildSucceedsWarningWith(Path templates, String... warnings) {
        BuildInvariants invariants = BuildInvariants.before(run);
        run.build(templates);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.errLines()).containsAll(Stream.of(warnings).map(w -> "warning: " + w).toList());
        invariants.check();
    }

    private void buildFails(String error) {
        BuildInvariants invariants = BuildInvariants.before(run);
        run.build(PROJECT_TEMPLATES);
        assertThat(run.errLines()).containsExactly("error: " + error);
        invariants.check();
    }

    private List<String> articlePages() {
        try (Stream<Path> files = Files.list(run.site().resolve("articles"))) {
            return files.sorted().map(file -> run.page("articles/" + file.getFileName())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
