package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    private static final Path SEEDS = Path.of("articles");
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        build(SEEDS, TEMPLATES, dir.resolve("a"));
        build(SEEDS, TEMPLATES, dir.resolve("b"));

        Map<String, String> a = digest(dir.resolve("a"));
        Map<String, String> b = digest(dir.resolve("b"));
        assertThat(a).isNotEmpty().isEqualTo(b);
    }

    @Test
    void bodiesWaitInTheTemporaryFolderAndLeaveNothingThere() throws IOException {
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        BuildSummary usual = build(SEEDS, TEMPLATES, dir.resolve("a"));
        BuildSummary summary = new SiteBuilder(temporary).build(
                new BuildOptions(SEEDS, TEMPLATES, dir.resolve("b"), Optional.empty()), new Diagnostics(), Progress.NONE);

        assertThat(summary.warnings()).isEqualTo(usual.warnings());
        assertThat(digest(dir.resolve("b"))).isEqualTo(digest(dir.resolve("a")));
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void withoutATemporaryFolderTheBodiesAreHeldInMemoryAndTheBuildSaysSo() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        BuildSummary usual = build(SEEDS, TEMPLATES, dir.resolve("a"));
        BuildSummary summary = new SiteBuilder(missing).build(
                new BuildOptions(SEEDS, TEMPLATES, dir.resolve("b"), Optional.empty()), new Diagnostics(), Progress.NONE);

        List<Diagnostic> added = new ArrayList<>(summary.warnings());
        added.removeAll(usual.warnings());
        assertThat(added).singleElement().satisfies(warning -> assertThat(warning.toString())
                .contains("no-such-folder").contains("cannot keep article texts in a temporary file")
                .endsWith("they are held in memory"));
        assertThat(summary.warnings()).hasSize(usual.warnings().size() + 1);
        assertThat(digest(dir.resolve("b"))).isEqualTo(digest(dir.resolve("a")));
    }

    @Test
    void writesTheHomePageAndOnePagePerArticle() throws IOException {
        BuildSummary summary = build(SEEDS, TEMPLATES, dir.resolve("site"));

        assertThat(dir.resolve("site/index.html")).exists();
        try (Stream<Path> pages = Files.list(dir.resolve("site/articles"))) {
            assertThat(pages.count()).isEqualTo(summary.articles()).isEqualTo(5);
        }
    }

    @Test
    void timesEachStageInTheOrderRunAndAnnouncesItAsItStarts() {
        List<String> started = new CopyOnWriteArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(String stage, int done, int total) {}

            @Override
            public void started(String stage) {
                started.add(stage);
            }
        };
        BuildSummary summary = new SiteBuilder().build(new BuildOptions(SEEDS, TEMPLATES, dir.resolve("site"), Optional.empty()),
                new Diagnostics(), progress);

        assertThat(summary.stageMillis().keySet()).containsExactly(
                "load", "bodies", "entities", "links", "timeline", "pages", "views", "search", "feeds");
        assertThat(started).containsExactlyElementsOf(summary.stageMillis().keySet());
        assertThat(summary.stageMillis().values()).allSatisfy(millis -> assertThat(millis).isNotNegative());
        assertThat(summary.stageMillis().values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(summary.millis());
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteWhole() throws IOException {
        Path out = dir.resolve("site");
        build(SEEDS, TEMPLATES, out);
        Map<String, String> before = digest(out);
        Path broken = Files.createDirectories(dir.resolve("broken-templates"));
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        Files.writeString(broken.resolve("article.mustache"), "{{#unclosed}}\n");

        assertThatThrownBy(() -> build(SEEDS, broken, out))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("article.mustache");
        assertThat(digest(out)).isEqualTo(before);
    }

    @Test
    void aMissingArticlesFolderIsAnErrorNamingIt() {
        assertThatThrownBy(() -> build(dir.resolve("nowhere"), TEMPLATES, dir.resolve("site")))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void withoutATemplatesFolderTheDefaultsAreUsedAndTheBuildSaysSo() {
        BuildSummary summary = build(SEEDS, dir.resolve("no-templates"), dir.resolve("site"));

        assertThat(dir.resolve("site/index.html")).exists();
        assertThat(summary.warnings()).anySatisfy(w -> assertThat(w.message()).contains("default templates"));
    }

    private static BuildSummary build(Path articles, Path templates, Path out) {
        return new SiteBuilder().build(new BuildOptions(articles, templates, out, Optional.empty()),
                new Diagnostics(), Progress.NONE);
    }

    private static Map<String, String> digest(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
