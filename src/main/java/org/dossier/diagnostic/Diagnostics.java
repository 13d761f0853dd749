package org.dossier.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the warnings of a build. Thread-safe, so stages that run per article in parallel can
 * report into one collector; {@link #sorted()} gives them in a stable order for output.
 */
public final class Diagnostics {

    private final List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());

    /** Records a warning. */
    public void warn(Diagnostic warning) {
        warnings.add(warning);
    }

    /** The warnings so far, sorted by file, line and message. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy;
        synchronized (warnings) {
            copy = new ArrayList<>(warnings);
        }
        copy.sort(Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
                .thenComparingInt(Diagnostic::line)
                .thenComparing(Diagnostic::message));
        return List.copyOf(copy);
    }
}
