package org.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every build must keep to, whatever its input: errors and warnings are single lines with no
 * stack trace, a failure is one {@code error:} line, exits non-zero and keeps the previous site,
 * the sources are untouched and nothing is written beside the output but the output.
 */
final class BuildInvariants {

    private final BuildRun run;
    private final Map<String, String> sourcesBefore;

    private BuildInvariants(BuildRun run) {
        this.run = run;
        this.sourcesBefore = sources(run);
    }

    /** Records the sources of {@code run} before it builds. */
    static BuildInvariants before(BuildRun run) {
        return new BuildInvariants(run);
    }

    /** Checks the run that has happened since {@link #before}. */
    void check() {
        String context = "stderr of the build:\n" + run.err();
        assertThat(run.err()).as(context).doesNotContain("\tat ", "Exception", "Error:");
        assertThat(run.errLines()).as(context).allMatch(line -> line.startsWith("warning: ") || line.startsWith("error: "));
        assertThat(run.errLines()).as(context).allMatch(line -> !line.matches("(warning|error): [^/].*"),
                "names the file it is about");
        if (run.exit() == 0) {
            assertThat(run.errLines()).as(context).noneMatch(line -> line.startsWith("error: "));
            assertThat(run.site().resolve(".dossier")).exists();
            assertThat(run.page("index.html")).isNotEqualTo(BuildRun.PREVIOUS_SITE);
        } else {
            assertThat(run.exit()).as(context).isEqualTo(1);
            assertThat(run.errLines()).as(context).hasSize(1);
            assertThat(run.errLines().get(0)).as(context).startsWith("error: ");
            assertThat(run.page("index.html")).as("the previous site is kept").isEqualTo(BuildRun.PREVIOUS_SITE);
        }
        assertThat(sources(run)).as("the sources are untouched").isEqualTo(sourcesBefore);
        assertThat(entries(run.root())).as("nothing is left beside the output")
                .isSubsetOf("articles", "templates", "site", "outside");
    }

    private static Map<String, String> sources(BuildRun run) {
        Map<String, String> files = new java.util.TreeMap<>();
        BuildRun.snapshot(run.articles()).forEach((k, v) -> files.put("articles/" + k, v));
        BuildRun.snapshot(run.templates()).forEach((k, v) -> files.put("templates/" + k, v));
        BuildRun.snapshot(run.root().resolve("outside")).forEach((k, v) -> files.put("outside/" + k, v));
        return files;
    }

    private static Set<String> entries(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
