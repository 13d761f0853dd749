package org.dossier.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.text.Scan;

/**
 * Splits a block of text into words: letters and digits joined by inner hyphens, apostrophes and
 * dots ({@code Yong-hyun}, {@code O'Brien}, {@code U.S.}), with a possessive {@code 's} split off
 * and a note of whether each word opens a sentence.
 */
final class Tokenizer {

    /** Characters that join two runs of letters into one word: hyphens, apostrophes, the dot. */
    private static final String JOINERS = "-\u2010\u2011'\u2019.";
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

    /** Abbreviated titles written with a stop in American style: "Mr. Kim", "Sen. Chuck Schumer". */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Maj", "Pres", "Amb",
            "Rev", "Sr", "Jr", "St");

    private Tokenizer() {}

    private static String wordBefore(String text, int stop) {
        int start = stop;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, stop);
    }

    /**
     * Adds to {@code words} the words of {@code text} that start with a lower-case letter, as
     * {@link #words} gives them: without reading where sentences open, which no such word needs.
     */
    static void addLowerCaseWords(String text, Set<String> words) {
        for (int start = nextWord(text, 0); start < text.length(); start = nextWord(text, start)) {
            int end = wordEnd(text, start);
            if (Character.isLowerCase(text.codePointAt(start))) {
                // Only a word of capitals or a capitalised title keeps a final dot, as in words().
                boolean possessive = end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("\u2019s", end - 2));
                words.add(text.substring(start, possessive ? end - 2 : end));
            }
            start = end;
        }
    }

    /** The words of {@code text}, in order. */
    static List<Token> words(String text) {
        // Prose has a token every five or six characters: the list seldom grows.
        List<Token> tokens = new ArrayList<>(text.length() / 4);
        for (int next = nextWord(text, 0); next < text.length(); next = nextWord(text, next)) {
            int start = next;
            int end = wordEnd(text, start);
            next = end;
            String word = text.substring(start, end);
            boolean possessive = false;
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
                possessive = true;
            } else if (end < text.length() && text.charAt(end) == '.'
                    && (INITIALS.matcher(word).matches() || TITLE_ABBREVIATIONS.contains(word))) {
                // U.S., the initial of George W. Bush and "Sen." or "Mr." keep their final dot.
                word = word + ".";
                end++;
            }
            tokens.add(new Token(start, end, word, possessive, opensSentence(text, start)));
        }
        return Collections.unmodifiableList(tokens);
    }

    /** Where the first word at or after {@code from} starts: a letter or a digit; the text's length if none. */
    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int c = ch < 128 ? ch : text.codePointAt(i);
            if (c < 128 ? isAsciiLetterOrDigit(c) : Character.isLetter(c) || Character.isDigit(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return text.length();
    }

    /**
     * Where the word that starts at {@code start} ends: runs of letters, marks and digits, joined by
     * one of {@link #JOINERS} only when a letter, mark or digit follows it ({@code Yong-hyun}, not
     * the hyphen of {@code pro-}).
     */
    private static int wordEnd(String text, int start) {
        int i = Scan.runEnd(text, start, Tokenizer::isWordPart);
        while (i + 1 < text.length() && JOINERS.indexOf(text.charAt(i)) >= 0 && isWordPart(text.codePointAt(i + 1))) {
            i = Scan.runEnd(text, i + 1, Tokenizer::isWordPart);
        }
        return i;
    }


    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isWordPart(int c) {
        if (c < 128) {
            return isAsciiLetterOrDigit(c);
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201c\u2018([*_".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char before = text.charAt(i);
        if (before == '.' && TITLE_ABBREVIATIONS.contains(wordBefore(text, i))) {
            return false;
        }
        if (before == '.') {
            // "the U.S. said": a stop after an initial does not end the sentence.
            return !(i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))
                    || text.charAt(i - 2) == '.'));
        }
        return ".!?:;\u2026\u00b7|\u2022".indexOf(before) >= 0;
    }
}
