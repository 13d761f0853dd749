package org.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each folder under {@code hostile/cases} is a dossier with one broken input ({@code articles/},
 * perhaps {@code templates/}) and an {@code expected.txt}: the first line {@code exit N}, then the
 * lines standard error must hold, with {@code {root}} for the dossier's folder. The dossier is built
 * through the real command line over a previous site; {@link BuildInvariants} checks the rest.
 */
class HostileCasesTest {

    private static final Path PROJECT_TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path root;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(casesFolder())) {
            List<String> names = folders.map(p -> p.getFileName().toString()).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsWithAWarningOrFailsWithOneLineNamingTheFile(String name) throws IOException, URISyntaxException {
        Path source = casesFolder().resolve(name);
        copy(source.resolve("articles"), root.resolve("articles"));
        copy(source.resolve("templates"), root.resolve("templates"));
        BuildRun run = new BuildRun(root);
        run.previousSite();
        BuildInvariants invariants = BuildInvariants.before(run);
        Path templates = Files.isDirectory(run.templates()) ? run.templates() : PROJECT_TEMPLATES;

        run.build(templates);

        List<String> expected = Files.readAllLines(source.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertThat(run.exit()).as(run.err()).isEqualTo(Integer.parseInt(expected.get(0).replace("exit ", "").strip()));
        List<String> lines = expected.subList(1, expected.size()).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.replace("{root}", root.toString()))
                .toList();
        assertThat(run.errLines()).containsAll(lines);
        invariants.check();
    }

    private static Path casesFolder() throws URISyntaxException {
        return Path.of(HostileCasesTest.class.getResource("/hostile/cases").toURI());
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
