package org.dossier.hostile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.cli.Main;

/**
 * A dossier in a scratch folder ({@code articles/}, perhaps {@code templates/}) and what the real
 * command line did with it: exit status and the lines on standard error. Before each build the
 * output folder holds a previous site, so tests can tell whether a failure lost it.
 */
final class BuildRun {

    /** The text of the previous site's index, which a failed build must leave in place. */
    static final String PREVIOUS_SITE = "<p>the previous site</p>";

    private final Path root;
    private int exit = -1;
    private String out = "";
    private String err = "";

    BuildRun(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path articles() {
        return root.resolve("articles");
    }

    Path templates() {
        return root.resolve("templates");
    }

    Path site() {
        return root.resolve("site");
    }

    /** Writes {@code text} as UTF-8 to {@code articles/NAME}, creating folders on the way. */
    Path article(String name, String text) {
        return write(articles().resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}, creating folders on the way. */
    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a previous site, written by Dossier, where the build will write. */
    void previousSite() {
        write(site().resolve(".dossier"), "Written by Dossier; safe to delete.\n".getBytes(StandardCharsets.UTF_8));
        write(site().resolve("index.html"), PREVIOUS_SITE.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs {@code build} on the dossier with the given templates folder and extra arguments. */
    BuildRun build(Path templates, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--articles", articles().toString(),
                "--templates", templates.toString(), "--out", site().toString()));
        args.addAll(List.of(extra));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        exit = Main.run(args.toArray(String[]::new), new PrintWriter(outText, true), new PrintWriter(errText, true));
        out = outText.toString();
        err = errText.toString();
        return this;
    }

    int exit() {
        return exit;
    }

    String out() {
        return out;
    }

    String err() {
        return err;
    }

    List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    /** The text of a file of the built site. */
    String page(String path) {
        try {
            return Files.readString(site().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and link under {@code folder} with its bytes (a link's target), by relative path. */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted().toList()) {
                String name = folder.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    files.put(name, digest(Files.readAllBytes(path)));
                } else {
                    files.put(name + "/", "folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        return bytes.length + ":" + Arrays.hashCode(bytes);
    }
}
