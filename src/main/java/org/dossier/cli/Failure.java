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
        String message;
        if (e instanceof DossierException input) {
            message = input.diagnostic().toString();
        } else if (causedByLackOfMemory(e)) {
            long mebibytes = Runtime.getRuntime().maxMemory() >> 20;
            message = "out of memory: the dossier needs more than the " + mebibytes + " MiB Java may use; give it more,"
                    + " e.g. java -Xmx" + Math.max(2, 2 * ((mebibytes + 1023) >> 10)) + "g -jar dossier.jar ...";
        } else {
            // A fault of Dossier's, not of the input: still one line, the detail with --verbose.
            message = "internal error: " + e + (verbose ? "" : " (run with --verbose for the detail)");
        }
        err.println("error: " + message.replace('\n', ' '));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INPUT_ERROR;
    }

    private static boolean causedByLackOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
