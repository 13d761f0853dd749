package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.views.AnalystViews;
import org.dossier.views.briefing.BriefingVolumes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key property of the live build: after any change, the folder it keeps up to date is byte for
 * byte what a fresh full build of the same sources writes.
 */
class IncrementalBuildTest {

    @TempDir
    Path work;

    private Path articles;
    private Path templates;
    private IncrementalBuild live;

    /** A change to the sources, made between two updates. */
    @FunctionalInterface
    interface Change {
        void apply(Path articles, Path templates) throws IOException;
    }

    @BeforeEach
    void firstBuild() throws IOException {
        articles = copy(Path.of("articles"), work.resolve("articles"));
        templates = copy(Path.of("templates"), work.resolve("templates"));
        live = new IncrementalBuild(new BuildOptions(articles, templates, work.resolve("live"), Optional.empty()));
        UpdateSummary first = live.update();
        assertThat(first.changed()).isTrue();
        assertThat(first.firstPagesMillis()).isEmpty();
        assertThat(files(work.resolve("live"))).isEqualTo(fullBuild("first"));
    }

    static Stream<Named<Change>> changes() {
        return Stream.of(
                Named.of("an article's body edited", (a, t) -> append(a.resolve("001_4018661200a78250.txt"),
                        "\nThe Stimson Center said on Monday that Seoul had asked Canberra about the talks.\n")),
                Named.of("an article's title edited", (a, t) -> replaceFirstLine(a.resolve("000_d701ae17531aa9da.txt"),
                        "Putin leans on Pyongyang, analysts say")),
                Named.of("an article added", (a, t) -> Files.writeString(a.resolve("005_new.md"), """
                        ---
                        title: Seoul and Tokyo hold talks on Kim Jong-Un's troops
                        published: 2024-11-20
                        source: Example Wire
                        ---
                        Officials in Seoul said on Tuesday that about 12,000 North Korean soldiers were in Russia.

                        Japan's foreign minister said Tokyo would work with Seoul and Washington.
                        """)),
                Named.of("an article added whose title takes another's slug", (a, t) -> Files.writeString(
                        a.resolve("0000_first.txt"), firstLine(a.resolve("002_90671c341d80183f.txt")) + "\nA short note.\n")),
                Named.of("an article deleted", (a, t) -> Files.delete(a.resolve("003_1fc0ec52a08fea6b.txt"))),
                Named.of("a file that holds no article added", (a, t) -> Files.writeString(a.resolve("empty.txt"), "  \n")),
                Named.of("a template edited", (a, t) -> Files.writeString(t.resolve("article.mustache"),
                        Files.readString(t.resolve("article.mustache")) + "<p class=\"edited\">edited</p>\n")),
                Named.of("the settings edited", (a, t) -> Files.writeString(a.resolve("dossier.yml"),
                        "title: Edited dossier\nbase_url: https://example.org/dossier/\n")),
                Named.of("an article rewritten unchanged", (a, t) -> Files.writeString(a.resolve("004_af1a237af1bed520.txt"),
                        Files.readString(a.resolve("004_af1a237af1bed520.txt")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void afterAChangeTheFolderIsWhatAFullBuildWrites(Change change) throws IOException {
        change.apply(articles, templates);
        live.update();
        assertThat(files(work.resolve("live"))).isEqualTo(fullBuild("after"));
    }

    @Test
    void anEditedArticleRewritesOnlyTheFilesWhoseBytesChanged() throws IOException {
        Map<String, String> before = files(work.resolve("live"));
        append(articles.resolve("004_af1a237af1bed520.txt"), "\nA closing line with nothing new in it.\n");
        UpdateSummary summary = live.update();

        Map<String, String> after = files(work.resolve("live"));
        long differ = after.keySet().stream().filter(path -> !after.get(path).equals(before.get(path))).count();
        assertThat(summary.articlesChanged()).isEqualTo(1);
        assertThat(summary.firstPagesMillis()).isPresent();
        assertThat(summary.filesWritten()).isEqualTo(differ).isLessThan(after.size());
    }

    @Test
    void anEditTheWatcherNamesHasItsPageWrittenAheadAndTheFolderStillEndsAsAFullBuild() throws IOException {
        Path file = articles.resolve("002_90671c341d80183f.txt");
        append(file, "\nOfficials in Tokyo said the talks would go on.\n");
        AtomicInteger ahead = new AtomicInteger();
        UpdateSummary summary = live.update(List.of(file, articles.resolve("gone.txt")), ahead::incrementAndGet);

        assertThat(ahead).hasValue(1);
        assertThat(summary.firstPagesMillis()).isPresent();
        assertThat(summary.stageMillis()).containsKeys("page", "load", "entities", "links",
                "timeline", "pages", "views", "search", "feeds", "write");
        assertThat(files(work.resolve("live"))).isEqualTo(fullBuild("after"));
    }

    @Test
    void aPageWrittenAheadOutsideAnUpdateIsTheEditAndTheNextUpdateEndsAsAFullBuild() throws IOException {
        Path file = articles.resolve("002_90671c341d80183f.txt");
        Map<String, String> before = files(work.resolve("live"));
        append(file, "\nOfficials in Tokyo said the talks would go on.\n");

        assertThat(live.writeAhead(List.of(file, articles.resolve("gone.txt")))).isEqualTo(1);
        Map<String, String> ahead = files(work.resolve("live"));
        assertThat(ahead.keySet().stream().filter(path -> !ahead.get(path).equals(before.get(path)))).hasSize(1);

        live.update(List.of(file), () -> { });
        assertThat(files(work.resolve("live"))).isEqualTo(fullBuild("after"));
    }

    @Test
    void nothingIsWrittenAheadWhenTheTemplatesChanged() throws IOException {
        Path file = articles.resolve("002_90671c341d80183f.txt");
        append(file, "\nOfficials in Tokyo said the talks would go on.\n");
        Files.writeString(templates.resolve("article.mustache"), "{{title}}\n");

        assertThat(live.writeAhead(List.of(file))).isZero();
    }

    @Test
    void anUpdateWithNothingChangedWritesNothing() throws IOException {
        Files.setLastModifiedTime(articles.resolve("002_90671c341d80183f.txt"),
                java.nio.file.attribute.FileTime.fromMillis(0));
        UpdateSummary summary = live.update();
        assertThat(summary.changed()).isFalse();
        assertThat(summary.filesWritten()).isZero();
    }

    @Test
    void aBrokenEditFailsKeepsTheSiteAndTheFixIsPickedUp() throws IOException {
        Map<String, String> before = files(work.resolve("live"));
        Path file = articles.resolve("005_broken.md");
        Files.writeString(file, "---\ntitle: Broken\npublished: yesterday\n---\nText.\n");
        assertThatThrownBy(live::update).isInstanceOf(DossierException.class).hasMessageContaining("005_broken.md");
        assertThat(files(work.resolve("live"))).isEqualTo(before);

        Files.writeString(file, "---\ntitle: Mended\npublished: 2024-11-02\n---\nText about Seoul.\n");
        live.update();
        assertThat(files(work.resolve("live"))).isEqualTo(fullBuild("mended"));
    }

    @Test
    void aBrokenTemplateFailsAndItsRepairRebuildsEverything() throws IOException {
        Path home = templates.resolve("home.mustache");
        String good = Files.readString(home);
        Files.writeString(home, good + "{{#unclosed}}\n");
        assertThatThrownBy(live::update).isInstanceOf(DossierException.class).hasMessageContaining("home.mustache");

        Files.writeString(home, good + "<!-- mended -->\n");
        live.update();
        assertThat(files(work.resolve("live"))).isEqualTo(fullBuild("mended"));
    }

    @Test
    void aDossierThatShrinksFromThreeVolumesToOneLeavesNoLaterVolumeBehind() throws IOException {
        Path out = work.resolve("volumes");
        AnalystViews twoAVolume = new AnalystViews(2);
        IncrementalBuild volumes = new IncrementalBuild(new BuildOptions(articles, templates, out, Optional.empty()),
                twoAVolume);
        volumes.update();
        assertThat(out.resolve("briefing--3.html")).exists();

        for (String file : List.of("002_90671c341d80183f.txt", "003_1fc0ec52a08fea6b.txt", "004_af1a237af1bed520.txt")) {
            Files.delete(articles.resolve(file));
        }
        UpdateSummary summary = volumes.update();

        assertThat(out.resolve("briefing.html")).exists();
        assertThat(out.resolve("briefing--2.html")).doesNotExist();
        assertThat(out.resolve("briefing--3.html")).doesNotExist();
        assertThat(summary.filesDeleted()).isGreaterThanOrEqualTo(2);
        assertThat(files(out)).isEqualTo(fullBuild("one-volume", new SiteBuilder(twoAVolume)));
    }

    @Test
    void timelineAndLedgerPagesComeAndGoWithTheDossier() throws IOException {
        Path out = work.resolve("view-pages");
        AnalystViews fiveAPage = new AnalystViews(BriefingVolumes.ARTICLES_PER_VOLUME, 5, 5);
        IncrementalBuild live = new IncrementalBuild(new BuildOptions(articles, templates, out, Optional.empty()),
                fiveAPage);
        live.update();
        long pagesBefore = viewPages(files(out));
        assertThat(out.resolve("timeline--3.html")).exists();
        assertThat(out.resolve("figures--3.html")).exists();

        for (String file : List.of("001_4018661200a78250.txt", "002_90671c341d80183f.txt", "003_1fc0ec52a08fea6b.txt",
                "004_af1a237af1bed520.txt")) {
            Files.delete(articles.resolve(file));
        }
        live.update();
        Map<String, String> shrunk = files(out);
        assertThat(viewPages(shrunk)).isLessThan(pagesBefore);
        assertThat(shrunk).isEqualTo(fullBuild("one-article", new SiteBuilder(fiveAPage)));
    }

    /** How many pages the timeline and the figures ledger have among {@code files}. */
    private static long viewPages(Map<String, String> files) {
        return files.keySet().stream().filter(path -> path.matches("(timeline|figures)(--\\d+)?\\.html")).count();
    }

    /** Every file of a fresh full build of the current sources, by path, as a digest. */
    private Map<String, String> fullBuild(String name) throws IOException {
        return fullBuild(name, new SiteBuilder());
    }

    /** Every file of a fresh full build of the current sources by {@code builder}, by path, as a digest. */
    private Map<String, String> fullBuild(String name, SiteBuilder builder) throws IOException {
        Path out = work.resolve("full-" + name);
        builder.build(new BuildOptions(articles, templates, out, Optional.empty()), new Diagnostics(), Progress.NONE);
        return files(out);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path file : tree.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readString(file).lines().findFirst().orElseThrow();
    }

    private static void replaceFirstLine(Path file, String line) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, line + text.substring(text.indexOf('\n')));
    }
}
