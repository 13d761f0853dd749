package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.diagnostic.DossierException;

/**
 * How a command reports that it failed: one line on standard error, {@code error: } and the file
 * and line when the input is at fault, the stack trace only with {@code --verbose}.
 */
final class Failure {

    private Failure() {}

    /** Reports {@code e} on {@code err} and returns the exit status for it. */
    static int report(PrintWriter err, boolean verbose, Throwable e) {
        String message = e instanceof DossierException input
                ? input.diagnostic().toString()
                // A fault of Dossier's, not of the input: still one line, the detail with --verbose.
                : "internal error: " + e + (verbose ? "" : " (run with --verbose for the detail)");
        err.println("error: " + message.replace('\n', ' '));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INPUT_ERROR;
    }
}
