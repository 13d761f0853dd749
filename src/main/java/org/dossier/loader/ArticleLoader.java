package org.dossier.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.parallel.Parallel;

/**
 * Reads the articles folder into {@link Article} records: every {@code .md}/{@code .markdown}
 * (Markdown with optional YAML front matter) and {@code .txt} (a raw clipping, optional front
 * matter too) file, recursively, sorted by path inside the folder. Files that hold no article
 * (empty, binary) and files of other kinds are skipped with a warning; invalid UTF-8 is read as
 * windows-1252 with a warning. A front matter error fails with the file and line:
 * {@code articles/x.md:3: front matter: 'published' is not a date: yesterday}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleLoader {

    /**
     * The largest article file read, 64 MiB: several books' worth of text. A larger file is a
     * mistake (a dump, an archive renamed), and reading it would hold the build up or exhaust its
     * memory; from 2 GiB it could not be read into one array at all.
     */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;

    private final MarkdownReader markdown = new MarkdownReader();
    private final ClippingReader clippings = new ClippingReader();

    /** Loads every article of {@code folder}, sorted by path inside it. */
    public List<Article> loadAll(Path folder, Diagnostics warnings) {
        if (!Files.isDirectory(folder)) {
            throw new DossierException(Diagnostic.of(folder, "articles folder not found"));
        }
        // Files are read in parallel, each into warnings of its own; taken in path order, they
        // give what a reading one file after another gives: the warnings up to the first failure.
        List<Loaded> loaded = Parallel.map(ArticleFiles.list(folder, warnings), file -> loaded(folder, file));
        List<Article> articles = new ArrayList<>();
        for (Loaded file : loaded) {
            file.warnings().sorted().forEach(warnings::warn);
            if (file.failure() != null) {
                throw file.failure();
            }
            file.article().ifPresent(articles::add);
        }
        return List.copyOf(articles);
    }

    /** One file as {@link #loadAll} read it: its article or its failure, and its warnings. */
    private record Loaded(Optional<Article> article, DossierException failure, Diagnostics warnings) {}

    private Loaded loaded(Path folder, Path file) {
        Diagnostics warnings = new Diagnostics();
        try {
            return new Loaded(read(folder, file, warnings), null, warnings);
        } catch (DossierException e) {
            return new Loaded(Optional.empty(), e, warnings);
        }
    }

    /**
     * Loads one article file of {@code folder}.
     *
     * @throws DossierException when the file cannot be read, holds no article (empty, binary; the
     *     reason is also among the warnings) or has a front matter error
     */
    public Article load(Path folder, Path file, Diagnostics warnings) {
        if (Files.isDirectory(file)) {
            throw new DossierException(Diagnostic.of(file, "is a folder, not an article"));
        }
        if (!ArticleFiles.isArticleName(file.getFileName().toString())) {
            throw new DossierException(Diagnostic.of(file, "not an article (.md, .markdown or .txt)"));
        }
        return read(folder, file, warnings)
                .orElseThrow(() -> new DossierException(Diagnostic.of(file, "holds no article")));
    }

    /** The article files of {@code folder} that {@link #loadAll} reads, sorted by path inside it. */
    public List<Path> files(Path folder, Diagnostics warnings) {
        return ArticleFiles.list(folder, warnings);
    }

    /**
     * Loads one file of {@code folder} the way {@link #loadAll} does: empty when it holds no article
     * (the reason is among the warnings), so a caller that reloads files one by one sees the same
     * dossier as a full load.
     *
     * @throws DossierException when the file cannot be read or has a front matter error
     */
    public Optional<Article> loadIfArticle(Path folder, Path file, Diagnostics warnings) {
        return read(folder, file, warnings);
    }

    private Optional<Article> read(Path folder, Path file, Diagnostics warnings) {
        String name = ArticleFiles.relativeName(folder, file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                warnings.warn(Diagnostic.of(file, "file too large for an article (" + (size + MIB - 1) / MIB + " MiB, at most "
                        + MAX_FILE_BYTES / MIB + " MiB); skipped"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(file, "cannot read: " + e.getMessage()), e);
        }
        Optional<String> decoded = TextDecoder.decode(bytes, file, warnings);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        if (decoded.get().isBlank()) {
            warnings.warn(Diagnostic.of(file, "empty file; skipped"));
            return Optional.empty();
        }
        SplitText text = SplitText.of(decoded.get(), file);
        FrontMatter frontMatter = text.frontMatter().map(yaml -> FrontMatter.parse(yaml, file)).orElseGet(FrontMatter::none);
        ArticleFormat format = ArticleFormat.of(name).orElseThrow();
        return Optional.of(switch (format) {
            case MARKDOWN -> markdown.read(name, file, text, frontMatter, warnings);
            case CLIPPING -> clippings.read(name, file, text, frontMatter, warnings);
        });
    }
}
