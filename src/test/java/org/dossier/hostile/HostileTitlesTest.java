package org.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles that would be dangerous as file names, and titles that collide: every article gets a page
 * whose name is a safe slug, unique, and the same from build to build.
 */
class HostileTitlesTest {

    private static final Path PROJECT_TEMPLATES = Path.of("templates").toAbsolutePath();
    /** Each title as YAML: double-quoted, so that escapes such as {@code \0} reach the loader. */
    private static final List<String> TITLES = List.of(
            "../../../etc/passwd", "..", ".", "/", "a/b/c", "C:\\\\Windows\\\\System32", "back\\\\slash",
            "Drive C: and D:", "What now?", "Who? What? Why?", "NUL\\0byte", "Bell\\a and escape\\e",
            "Line\\nbreak", "Rocket \uD83D\uDE80 launch \uD83D\uDE80", "\uD83D\uDE00\uD83D\uDE80", "\u0645\u0631\u062D\u0628\u0627",
            "\u05E9\u05DC\u05D5\u05DD and hello", "\u202Eevil\u202C.exe", "?!...", "---", "***", "CON", "nul", "Aux",
            "com1", "LPT9", "Same title", "Same title", "Same Title!", "same-title", "Same title 2",
            "x".repeat(500), "<script>alert(1)</script>", "%2e%2e%2f", "~user", "$HOME", "file.html", "index",
            "Caf\u00e9 \u00e0 la cr\u00e8me", "\u0130stanbul \u0131", "\u00DF\u00E6\u00F8\u0142");

    @TempDir
    Path root;

    @Test
    void everyArticleGetsASafeUniqueStablePage() throws IOException {
        BuildRun run = new BuildRun(root);
        for (int i = 0; i < TITLES.size(); i++) {
            run.article(String.format("t%02d.md", i), "---\ntitle: \"" + TITLES.get(i) + "\"\n---\nBody of article "
                    + i + ".\n");
        }
        run.previousSite();
        BuildInvariants invariants = BuildInvariants.before(run);

        run.build(PROJECT_TEMPLATES);

        assertThat(run.exit()).as(run.err()).isZero();
        invariants.check();
        List<String> pages = articlePages(run);
        assertThat(pages).hasSize(TITLES.size()).allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.html"));
        assertThat(pages).noneMatch(name -> name.matches("(con|prn|aux|nul|com\\d|lpt\\d)\\.html"));
        assertThat(pages).allMatch(name -> name.length() <= 100);
        Map<String, String> first = BuildRun.snapshot(run.site());

        run.build(PROJECT_TEMPLATES);

        assertThat(run.exit()).isZero();
        assertThat(BuildRun.snapshot(run.site())).isEqualTo(first);
    }

    @Test
    void controlCharactersInTitlesDoNotReachThePages() throws IOException {
        BuildRun run = new BuildRun(root);
        run.article("nul.md", "---\ntitle: \"NUL\\0byte and bell\\a\"\nauthor: \"Jane\\0Doe\"\n---\nBody.\n");

        run.build(PROJECT_TEMPLATES);

        assertThat(run.exit()).as(run.err()).isZero();
        try (Stream<Path> files = Files.walk(run.site())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".json")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("\u0000", "\u0007", "\\u0000");
            }
        }
        assertThat(run.page("entities.json")).contains("NULbyte and bell");
    }

    private static List<String> articlePages(BuildRun run) throws IOException {
        try (Stream<Path> files = Files.list(run.site().resolve("articles"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
