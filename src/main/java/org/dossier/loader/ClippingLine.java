package org.dossier.loader;

/**
 * One non-blank line of a clipping, whitespace-normalised, with its line number in the file.
 *
 * @param number the 1-based line of the file
 * @param text the line's text, trimmed, with runs of spaces collapsed
 */
record ClippingLine(int number, String text) {

    /** A line with other text at the same place in the file. */
    ClippingLine withText(String newText) {
        return new ClippingLine(number, newText);
    }
}
