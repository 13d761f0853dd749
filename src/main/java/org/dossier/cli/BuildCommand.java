package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.site.BuildOptions;
import org.dossier.site.BuildSummary;
import org.dossier.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier build}: builds the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the dossier site.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "site");

    @Option(names = "--base-url", paramLabel = "URL", description = "Address the site will be hosted at.")
    String baseUrl;

    @Option(names = "--verbose", description = "Show details and stack traces.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = new BuildOptions(articles, templates, this.out, Optional.ofNullable(baseUrl));
        try {
            Diagnostics warnings = new Diagnostics();
            BuildSummary summary = new SiteBuilder().build(options, warnings, new TerminalProgress(err));
            for (Diagnostic warning : summary.warnings()) {
                err.println("warning: " + warning);
            }
            out.printf("Built %d articles into %d files in %.1f s, %d warnings. Open %s%n",
                    summary.articles(), summary.pages(), summary.millis() / 1000.0,
                    summary.warnings().size(), summary.index());
            return ExitCodes.OK;
        } catch (DossierException e) {
            return fail(err, e.diagnostic().toString(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of Dossier's, not of the input: still one line, the detail with --verbose.
            return fail(err, "internal error: " + e + (verbose ? "" : " (run with --verbose for the detail)"), e);
        }
    }

    private int fail(PrintWriter err, String message, Throwable e) {
        err.println("error: " + message.replace('\n', ' '));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INPUT_ERROR;
    }
}
