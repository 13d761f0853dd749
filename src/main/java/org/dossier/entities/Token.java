package org.dossier.entities;

/**
 * A word of a block of text.
 *
 * @param start offset of the first character in the block
 * @param end offset after the last character, possessive ending excluded
 * @param text the word as written, without a possessive {@code 's}
 * @param possessive whether the word carried a possessive {@code 's} or {@code ’s}
 * @param sentenceInitial whether the word opens a sentence (or the block)
 */
record Token(int start, int end, String text, boolean possessive, boolean sentenceInitial) {

    /** Whether the word starts with an upper-case letter. */
    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the word is an acronym such as {@code CSIS} or {@code U.S.}: two or more capitals. */
    boolean acronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c != '.') {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters += Character.charCount(c);
            }
        }
        return letters >= 2;
    }

    /** Whether the word holds a digit. */
    boolean hasDigit() {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
