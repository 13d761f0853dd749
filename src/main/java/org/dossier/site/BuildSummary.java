package org.dossier.site;

import java.nio.file.Path;
import java.util.List;
import org.dossier.diagnostic.Diagnostic;

/**
 * What a build did.
 *
 * @param articles the number of articles
 * @param pages the number of files written
 * @param warnings the warnings, sorted
 * @param millis the wall time
 * @param index the home page written
 */
public record BuildSummary(int articles, int pages, List<Diagnostic> warnings, long millis, Path index) {

    public BuildSummary {
        warnings = List.copyOf(warnings);
    }
}
