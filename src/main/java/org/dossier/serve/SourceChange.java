package org.dossier.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A settled burst of changes under the watched folders.
 *
 * @param firstSeen when the first event of the burst arrived ({@link System#nanoTime()})
 * @param paths the files and folders the events named; incomplete when the events overflowed, so
 *     the build still checks every file
 */
record SourceChange(long firstSeen, Set<Path> paths) {

    SourceChange {
        paths = Set.copyOf(paths);
    }

    /** This change and {@code later} as one: from the first event of this, naming the paths of both. */
    SourceChange and(SourceChange later) {
        Set<Path> both = new HashSet<>(paths);
        both.addAll(later.paths());
        return new SourceChange(firstSeen, both);
    }
}
