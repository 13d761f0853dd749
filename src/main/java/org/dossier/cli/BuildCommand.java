package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.site.BuildOptions;
import org.dossier.site.BuildSummary;
import org.dossier.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier build}: builds the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the dossier site.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--verbose", description = "Show details and stack traces.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = site.toBuildOptions();
        try {
            Diagnostics warnings = new Diagnostics();
            BuildSummary summary = new SiteBuilder().build(options, warnings, new TerminalProgress(err));
            for (Diagnostic warning : summary.warnings()) {
                err.println("warning: " + warning);
            }
            out.printf(Locale.ROOT, "Built %d articles into %d files in %.1f s, %d warnings. Open %s%n",
                    summary.articles(), summary.pages(), summary.millis() / 1000.0,
                    summary.warnings().size(), summary.index());
            if (verbose) {
                err.println("Stages: " + stages(summary));
            }
            return ExitCodes.OK;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Failure.report(err, verbose, e);
        }
    }

    private static String stages(BuildSummary summary) {
        return summary.stageMillis().entrySet().stream()
                .map(stage -> String.format(Locale.ROOT, "%s %.1f s", stage.getKey(), stage.getValue() / 1000.0))
                .collect(Collectors.joining(", "));
    }
}
