package org.dossier.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a block of text into words: letters and digits joined by inner hyphens, apostrophes and
 * dots ({@code Yong-hyun}, {@code O'Brien}, {@code U.S.}), with a possessive {@code 's} split off
 * and a note of whether each word opens a sentence.
 */
final class Tokenizer {

    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*(?:[-\u2010\u2011'\u2019.][\\p{L}\\p{M}\\p{Nd}]+)*");
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
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (Character.isLowerCase(text.codePointAt(matcher.start()))) {
                String word = matcher.group();
                // Only a word of capitals or a capitalised title keeps a final dot, as in words().
                boolean possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
                words.add(possessive ? word.substring(0, word.length() - 2) : word);
            }
        }
    }

    /** The words of {@code text}, in order. */
    static List<Token> words(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            String word = matcher.group();
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
        return List.copyOf(tokens);
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
