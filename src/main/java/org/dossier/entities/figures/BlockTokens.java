package org.dossier.entities.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of one block of text, with the lookups the figure rules need: neighbours, whether two
 * tokens touch, and the text between them.
 *
 * <p>Numbers are digits with optional thousands commas and decimals ({@code 12,500}, {@code 25.7});
 * words are letters with inner apostrophes, hyphens and dots ({@code Russia's}, {@code Seoul-based},
 * {@code U.S.}); a word that starts with letters swallows digits after them ({@code G20}), so model
 * numbers never come out as numbers. Everything else is a one-character symbol.
 */
final class BlockTokens {

    private static final Pattern TOKEN = Pattern.compile(
            "(\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?)"
                    + "|(\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['\u2019.\\-]\\p{L}[\\p{L}\\p{M}\\p{N}]*)*)"
                    + "|(\\S)");
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
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                tokens.add(new Token(m.start(), m.end(), m.group(), Token.Kind.NUMBER));
            } else if (m.group(2) != null) {
                int start = m.start();
                int end = m.end();
                if (end < text.length() && text.charAt(end) == '.' && keepsStop(m.group())) {
                    end++;
                    m.region(end, text.length());
                }
                tokens.add(new Token(start, end, text.substring(start, end), Token.Kind.WORD));
            } else {
                tokens.add(new Token(m.start(), m.end(), m.group(), Token.Kind.SYMBOL));
            }
        }
        return List.copyOf(tokens);
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
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
