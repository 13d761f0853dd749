package org.dossier.check;

/**
 * Something wrong with one file of a site.
 *
 * @param file the file's path relative to the site folder, with {@code /} separators
 * @param message what is wrong, e.g. {@code broken link ../people/y.html}
 */
public record Problem(String file, String message) {}
