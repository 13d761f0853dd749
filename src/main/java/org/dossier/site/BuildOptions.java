package org.dossier.site;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param articles the articles folder
 * @param templates the templates folder; when it does not exist the packed defaults are used
 * @param out the output folder
 * @param baseUrl the absolute address the site will be hosted at, overriding {@code dossier.yml}
 */
public record BuildOptions(Path articles, Path templates, Path out, Optional<String> baseUrl) {

    /** The defaults, relative to the working directory. */
    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("articles"), Path.of("templates"), Path.of("target", "site"), Optional.empty());
    }
}
