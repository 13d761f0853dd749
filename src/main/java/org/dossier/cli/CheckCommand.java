package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.check.Problem;
import org.dossier.check.SiteChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier check [DIR]}: prints the problems of a built site, one a line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a built site: internal links and anchors resolve, nothing loads from another host.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The site folder (default: ${DEFAULT-VALUE}).")
    Path site = Path.of("target", "site");

    @Option(names = "--verbose", description = "Show details and stack traces.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Problem> problems = new SiteChecker().check(site);
            String prefix = site.toString().replace('\\', '/');
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            for (Problem problem : problems) {
                out.println(prefix + problem.file() + ": " + problem.message());
            }
            out.flush();
            if (verbose || !problems.isEmpty()) {
                err.println(problems.isEmpty() ? "No problems found in " + site : problems.size() + " problems found in " + site);
            }
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
        } catch (RuntimeException e) {
            return Failure.report(err, verbose, e);
        }
    }
}
