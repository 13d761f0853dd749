package org.dossier.entities.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.text.Scan;
import org.dossier.text.SortedStarts;

/**
 * The tokens of one block of text, with the lookups the figure rules need: neighbours, whether two
 * tokens touch, and the text between them.
 *
 * <p>Numbers are digits with optional thousands commas and decimals ({@code 12,500}, {@code 25.7});
 * words are letters with inner apostrophes, hyphens and dots ({@code Russia's}, {@code Seoul-based},
 * {@code U.S.}); a word that starts with letters swallows digits after them ({@code G20}), also
 * after a hyphen ({@code KN-23}, {@code T-72}), so model numbers never come out as numbers. Everything else is a one-character symbol.
 */
final class BlockTokens {

    /** Abbreviations whose full stop belongs to the word rather than ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
            "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "p", "pp", "vol", "approx", "rs", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private final String text;
    private final List<Token> tokens;

    BlockTokens(String text) {
        this.text = text;
        this.tokens = lex(text);
    }

    private static List<Token> lex(String text) {
        // Prose has a token every five or six characters: the list seldom grows.
        List<Token> tokens = new ArrayList<>(text.length() / 4);
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int end;
            Token.Kind kind;
            if (isDigit(c)) {
                end = numberEnd(text, i);
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = wordEnd(text, i);
                if (end < text.length() && text.charAt(end) == '.' && keepsStop(text.substring(i, end))) {
                    end++;
                }
                kind = Token.Kind.WORD;
            } else if (Scan.isAsciiSpace(c)) {
                i++;
                continue;
            } else {
                end = i + Character.charCount(c);
                kind = Token.Kind.SYMBOL;
            }
            tokens.add(Token.of(i, end, text.substring(i, end), kind));
            i = end;
        }
        return Collections.unmodifiableList(tokens);
    }

    /** The end of the number at {@code start}: digits, thousands groups of exactly three, decimals. */
    private static int numberEnd(String text, int start) {
        int i = digitsEnd(text, start);
        while (i + 3 < text.length() && text.charAt(i) == ',' && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                && isDigit(text.charAt(i + 3)) && (i + 4 == text.length() || !isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i = digitsEnd(text, i + 1);
        }
        return i;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the word at {@code start}: runs of letters, marks and numbers, joined by {@code ' ’ . -} before a letter. */
    private static int wordEnd(String text, int start) {
        int i = Scan.runEnd(text, start, BlockTokens::isWordPart);
        while (i + 1 < text.length() && ("'\u2019.-".indexOf(text.charAt(i)) >= 0 && Character.isLetter(text.codePointAt(i + 1))
                || text.charAt(i) == '-' && isDigit(text.charAt(i + 1)))) {
            i = Scan.runEnd(text, i + 1, BlockTokens::isWordPart);
        }
        return i;
    }


    private static boolean isWordPart(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** An ASCII digit: other scripts' digits are not read as numbers. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean keepsStop(String word) {
        return word.indexOf('.') > 0
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    boolean has(int i) {
        return i >= 0 && i < tokens.size();
    }

    /** The lower-case text of token {@code i}, or the empty string past either end. */
    String lower(int i) {
        return has(i) ? tokens.get(i).lower() : "";
    }

    /** Whether the lower-case words from token {@code i} on are {@code words}. */
    boolean wordsAt(int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!has(i + k) || !tokens.get(i + k).isWord() || !lower(i + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code i} and {@code i + 1} touch, with no space between them. */
    boolean glued(int i) {
        return has(i) && has(i + 1) && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** The text from the start of token {@code from} to the end of token {@code to}, inclusive. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** The index of the first token starting at or after {@code offset}. */
    int indexAt(int offset) {
        return SortedStarts.firstAtOrAfter(tokens, Token::start, offset);
    }
}
