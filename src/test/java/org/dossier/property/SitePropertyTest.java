package org.dossier.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.check.SiteChecker;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.site.BuildOptions;
import org.dossier.site.Progress;
import org.dossier.site.SiteBuilder;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole sites built from generated dossiers of one to eight articles, one article in fifty of
 * {@link PropertyCases#COUNT} (at least three sites): every page parses as HTML without errors,
 * every internal link resolves ({@link SiteChecker}), and building twice gives the same bytes.
 */
class SitePropertyTest {

    private static final long SEED_BASE = 2_000_000_000L;
    private static final Path TEMPLATES = Path.of("templates");

    private final SiteBuilder builder = new SiteBuilder();

    @TempDir
    Path root;

    @Test
    void everyPageParsesEveryLinkResolvesAndTheSiteIsTheSameTwice() throws IOException {
        Random sizes = new Random(11);
        int articles = 0;
        int sites = 0;
        while (sites < 3 || articles < PropertyCases.COUNT / 50) {
            int size = 1 + sizes.nextInt(8);
            long from = SEED_BASE + articles;
            String seeds = "seeds " + from + "-" + (from + size - 1);
            PropertyCases.dossier(root.resolve("articles"), from, from + size);
            articles += size;
            sites++;

            Map<String, String> first = build(root.resolve("first"));
            Map<String, String> second = build(root.resolve("second"));

            assertThat(new SiteChecker().check(root.resolve("first"))).as(seeds).isEmpty();
            assertThat(second).as(seeds).isEqualTo(first);
            first.forEach((name, text) -> {
                if (name.endsWith(".html")) {
                    Parser parser = Parser.htmlParser().setTrackErrors(10);
                    Document page = parser.parseInput(text, name);
                    assertThat(parser.getErrors()).as("%s: %s", seeds, name).isEmpty();
                    assertThat(page.select("main, body")).as("%s: %s", seeds, name).isNotEmpty();
                }
            });
        }
    }

    private Map<String, String> build(Path out) throws IOException {
        builder.build(new BuildOptions(root.resolve("articles"), TEMPLATES, out, Optional.empty()),
                new Diagnostics(), Progress.NONE);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
