package org.dossier.entities.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits text into words (runs of letters, digits and combining marks) and single punctuation
 * characters, so that names match whole words only: {@code Russia} is never found inside
 * {@code Russian}, and {@code Russia's} ends the name at the apostrophe.
 */
final class Tokenizer {

    private Tokenizer() {}

    /** The tokens of {@code text}, in order. */
    static List<Token> tokenize(CharSequence text) {
        // Prose has a token every five or six characters: the list seldom grows.
        List<Token> tokens = new ArrayList<>(text.length() / 4);
        boolean space = false;
        boolean lineBreak = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            // Most text is ASCII: its characters need no decoding.
            int c = ch < 128 ? ch : Character.codePointAt(text, i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                lineBreak |= c == '\n' || c == '\r';
                i += Character.charCount(c);
                continue;
            }
            int end = isWordPart(c) ? wordEnd(text, i) : i + Character.charCount(c);
            String raw = text.subSequence(i, end).toString();
            tokens.add(new Token(i, end, fold(raw), space && !tokens.isEmpty(), lineBreak && !tokens.isEmpty()));
            space = false;
            lineBreak = false;
            i = end;
        }
        return Collections.unmodifiableList(tokens);
    }

    private static int wordEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int c = ch < 128 ? ch : Character.codePointAt(text, i);
            if (!isWordPart(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isWordPart(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Folds the typographic apostrophes to {@code '}: {@code Russia’s} reads as {@code Russia's}. */
    private static String fold(String token) {
        return token.equals("\u2019") || token.equals("\u02bc") ? "'" : token;
    }
}
