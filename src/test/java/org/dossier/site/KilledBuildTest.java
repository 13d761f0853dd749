package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a build process mid-way and checks that the previous site survives. */
class KilledBuildTest {

    private static final int COPIES = 400;

    @TempDir
    Path dir;

    @Test
    void aBuildKilledMidWayLosesNothingAndTheNextBuildSucceeds() throws Exception {
        Path articles = largeDossier();
        Path out = dir.resolve("site");
        assertThat(run(Path.of("articles"), out).waitFor()).isZero();
        Map<String, String> before = digest(out);

        Process killed = run(articles, out);
        Path staging = dir.resolve(".site.staging");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.isDirectory(staging.resolve("articles")) && killed.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        killed.destroyForcibly().waitFor();

        assertThat(Files.exists(out) ? digest(out) : digest(dir.resolve(".site.previous"))).isEqualTo(before);
        assertThat(run(articles, out).waitFor()).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(dir.resolve(".site.staging")).doesNotExist();
        assertThat(dir.resolve(".site.previous")).doesNotExist();
    }

    private Path largeDossier() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < COPIES; i++) {
            Path seed = seeds.get(i % seeds.size());
            Files.copy(seed, articles.resolve(String.format("%04d-%s", i, seed.getFileName())));
        }
        return articles;
    }

    /** Starts a build of {@code input} in another JVM. */
    private Process run(Path input, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.dossier.cli.Main", "build",
                "--articles", input.toString(),
                "--templates", "templates",
                "--out", out.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private static Map<String, String> digest(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
