package org.dossier.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;

/** Reads the articles folder into {@link Article} records, sorted by file name. */
public final class ArticleLoader {

    /** Loads every article of {@code folder}. */
    public List<Article> loadAll(Path folder, Diagnostics warnings) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(folder, "cannot list articles: " + e.getMessage()), e);
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            articles.add(load(folder, file, warnings));
        }
        return articles;
    }

    /** Loads one article file of {@code folder}. */
    public Article load(Path folder, Path file, Diagnostics warnings) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String title = lines.isEmpty() ? file.getFileName().toString() : lines.get(0);
            String body = String.join("\n\n", lines.subList(Math.min(1, lines.size()), lines.size()));
            return new Article(folder.relativize(file).toString(), title, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(), body, Map.of());
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(file, "cannot read: " + e.getMessage()), e);
        }
    }
}
