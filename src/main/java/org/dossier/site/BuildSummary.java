package org.dossier.site;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.diagnostic.Diagnostic;

/**
 * What a build did.
 *
 * @param articles the number of articles
 * @param pages the number of files written
 * @param warnings the warnings, sorted
 * @param millis the wall time
 * @param stageMillis the wall time of each step, in the order run ({@code load}, {@code bodies},
 *     {@code entities}, {@code links}, {@code timeline}, {@code pages}, {@code views},
 *     {@code search}, {@code feeds})
 * @param index the home page written
 */
public record BuildSummary(int articles, int pages, List<Diagnostic> warnings, long millis, Map<String, Long> stageMillis,
        Path index) {

    public BuildSummary {
        warnings = List.copyOf(warnings);
        stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }
}
