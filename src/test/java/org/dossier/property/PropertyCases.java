package org.dossier.property;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.loader.ArticleLoader;

/**
 * How many generated articles each property test goes through: {@code -Ddossier.propertyCases=N},
 * a few hundred by default so that the ordinary test run stays fast.
 */
final class PropertyCases {

    /** The number of generated articles per property test. */
    static final int COUNT = Integer.getInteger("dossier.propertyCases", 300);

    private PropertyCases() {}

    /**
     * Writes the articles of seeds {@code from} (inclusive) to {@code to} (exclusive) into a fresh
     * {@code folder}, leaving out those the loader refuses (a build would stop at them, with its
     * one-line error), and returns the names kept.
     */
    static List<String> dossier(Path folder, long from, long to) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path path : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(folder);
            ArticleLoader loader = new ArticleLoader();
            List<String> kept = new ArrayList<>();
            for (long seed = from; seed < to; seed++) {
                RandomArticles.Generated article = RandomArticles.article(seed);
                Path file = Files.write(folder.resolve(article.name()), article.bytes());
                try {
                    loader.load(folder, file, new Diagnostics());
                    kept.add(article.name());
                } catch (DossierException refused) {
                    Files.delete(file);
                }
            }
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
