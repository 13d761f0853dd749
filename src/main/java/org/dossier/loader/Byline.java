package org.dossier.loader;

import java.util.Optional;

/**
 * What a byline line says.
 *
 * @param author the author's name, if given
 * @param source the outlet, if given
 * @param lead the start of the body when it was pasted on the byline's line, with its dateline
 */
record Byline(Optional<String> author, Optional<String> source, Optional<String> lead) {}
