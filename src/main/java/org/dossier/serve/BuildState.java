package org.dossier.serve;

import java.util.Optional;

/**
 * The outcome of the latest build the preview ran.
 *
 * @param version counts builds, so an open page can tell that the site changed
 * @param error the one-line error of the latest build, when it failed (the previous site is still
 *     served)
 */
public record BuildState(long version, Optional<String> error) {}
