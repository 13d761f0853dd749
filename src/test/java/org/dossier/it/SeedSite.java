package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.site.BuildOptions;
import org.dossier.site.SiteBuilder;

/** Builds the project's seed dossier ({@code articles/}, {@code templates/}) into a folder. */
final class SeedSite {

    private SeedSite() {}

    /** Builds the seed dossier into {@code folder/site} and returns that folder. */
    static Path build(Path folder) {
        Path site = folder.resolve("site");
        BuildOptions options = new BuildOptions(Path.of("articles"), Path.of("templates"), site, Optional.empty());
        new SiteBuilder().build(options, new Diagnostics(), (stage, done, total) -> {});
        assertThat(site.resolve("index.html")).isRegularFile();
        return site;
    }

    /** Every HTML page of {@code site}, as paths relative to it with {@code /} separators, sorted. */
    static List<String> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
