package org.dossier.loader;

import java.util.Locale;
import java.util.Optional;

/** The two kinds of article file, told apart by extension. */
enum ArticleFormat {
    /** Markdown with optional YAML front matter ({@code .md}, {@code .markdown}). */
    MARKDOWN,
    /** A raw clipping pasted from a news site, with optional front matter ({@code .txt}). */
    CLIPPING;

    /** The format of a file named {@code name}, if it is an article. */
    static Optional<ArticleFormat> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".txt")) {
            return Optional.of(CLIPPING);
        }
        return Optional.empty();
    }
}
