package org.dossier.entities.gazetteer;

/**
 * A word or a punctuation character of a text.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the characters, with typographic apostrophes folded to {@code '}
 * @param spaceBefore whether white space separates this token from the one before
 * @param lineBreakBefore whether a line break separates this token from the one before
 */
record Token(int start, int end, String text, boolean spaceBefore, boolean lineBreakBefore) {

    /** Whether the token is a word (letters or digits), not punctuation. */
    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Whether the token is a word starting with an upper-case letter. */
    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
