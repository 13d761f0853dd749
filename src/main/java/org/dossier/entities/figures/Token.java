package org.dossier.entities.figures;

import java.util.Locale;

/**
 * A word, number or symbol of a block, with its offsets in the block's text.
 *
 * @param start the offset of the first character
 * @param end the offset after the last character
 * @param text the token as written
 * @param lower the token in lower case, which the figure rules compare again and again
 * @param kind what sort of token it is
 */
record Token(int start, int end, String text, String lower, Kind kind) {

    /** The token {@code text} at {@code start} to {@code end}. */
    static Token of(int start, int end, String text, Kind kind) {
        return new Token(start, end, text, text.toLowerCase(Locale.ROOT), kind);
    }

    /** The sorts of token the lexer tells apart. */
    enum Kind {
        NUMBER,
        WORD,
        SYMBOL
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
