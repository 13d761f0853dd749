package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.site.Progress;

/**
 * Shows a build's progress on one terminal line, once the build has run for a second; silent when
 * the output is not a terminal (logs, CI).
 */
final class TerminalProgress implements Progress {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REFRESH_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long shown;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(String stage) {
        if (terminal && System.nanoTime() - start >= QUIET_NANOS) {
            err.printf("\r%s...\u001b[K", stage);
            err.flush();
        }
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        long now = System.nanoTime();
        if (!terminal || now - start < QUIET_NANOS || (now - shown < REFRESH_NANOS && done < total)) {
            return;
        }
        shown = now;
        err.printf("\r%-20s %d/%d\u001b[K", stage, done, total);
        if (done == total) {
            err.print("\r\u001b[K");
        }
        err.flush();
    }
}
