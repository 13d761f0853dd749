package org.dossier.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.site.BuildOptions;
import picocli.CommandLine.Option;

/** The options that say which dossier to build and where: shared by {@code build} and {@code serve}. */
final class SiteOptions {

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "site");

    @Option(names = "--base-url", paramLabel = "URL", description = "Address the site will be hosted at.")
    String baseUrl;

    BuildOptions toBuildOptions() {
        return new BuildOptions(articles, templates, out, Optional.ofNullable(baseUrl));
    }
}
