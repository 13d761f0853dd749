package org.dossier.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.dossier.diagnostic.Diagnostic;

/**
 * What one {@link IncrementalBuild#update()} did.
 *
 * @param changed whether any source a build reads had changed; when not, nothing was written
 * @param articles the number of articles in the dossier
 * @param articlesChanged the article files edited, added or deleted since the last update
 * @param firstPagesMillis when edited articles' own pages were on disk, from the start of the
 *     update; empty when there were none to write ahead (first build, template or settings change)
 * @param filesWritten the files of the site written, each because its bytes changed
 * @param filesDeleted the files of the site deleted, because the dossier no longer has them
 * @param millis the wall time of the whole update
 * @param stageMillis the wall time of each step, in the order run ({@code page}, {@code load},
 *     {@code entities}, {@code links}, then the render's {@code timeline}, {@code pages},
 *     {@code views}, {@code search} and {@code feeds}, and {@code write})
 * @param warnings the warnings of the dossier as it now stands, sorted
 */
public record UpdateSummary(
        boolean changed,
        int articles,
        int articlesChanged,
        OptionalLong firstPagesMillis,
        int filesWritten,
        int filesDeleted,
        long millis,
        Map<String, Long> stageMillis,
        List<Diagnostic> warnings) {

    public UpdateSummary {
        stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        warnings = List.copyOf(warnings);
    }
}
