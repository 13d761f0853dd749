package org.dossier.loader;

import java.util.Optional;
import java.util.Set;

/**
 * Splits a title glued to the text after it, as pastes do when the title and the standfirst are
 * separate elements with no space between them:
 * {@code N Korea troops are in Russia. What’s the deal?Moscow’s relations ...} becomes the title
 * {@code N Korea troops are in Russia. What’s the deal?} and the rest. The glue point is sentence
 * punctuation after a lower-case letter, immediately followed by a capitalised word with no space;
 * abbreviations such as {@code U.S.} or {@code Ph.D} are not glue points. A title that ends without
 * punctuation glues as a lower-case word running into a capitalised one
 * ({@code ...across eurozoneChristine Lagarde said ...}); brand names that mix cases by design
 * ({@code iPhone}, {@code eBay}, {@code YouTube}, {@code McDonald}) start with a capital or with
 * fewer than {@value #MIN_GLUED_WORD} lower-case letters, so they are not glue points. A name
 * glues only to a word that opens sentences and ends no brand's name ({@code ...in RussiaThe
 * Pentagon said ...}), so {@code WhatsApp} and {@code LinkedIn} stay whole.
 */
final class TitleSplitter {

    private static final int MIN_PART = 12;
    private static final int MIN_GLUED_WORD = 3;
    /** Words that open a standfirst and end no brand's name: {@code The}, {@code Thousands}. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "She", "They", "This", "That", "These", "Those",
            "Their", "After", "When", "While", "Some", "Many", "Thousands", "Hundreds", "Dozens", "Millions");

    /**
     * A title and what was glued to it.
     *
     * @param title the title
     * @param rest the text glued after it, if any
     */
    record Split(String title, Optional<String> rest) {}

    private TitleSplitter() {}

    /** Splits {@code line} at its first glue point, if it has one. */
    static Split split(String line) {
        for (int i = MIN_PART; i + MIN_PART < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && isGlue(line, i)) {
                return new Split(line.substring(0, i + 1).strip(), Optional.of(line.substring(i + 1).strip()));
            }
            if (isRunTogether(line, i)) {
                return new Split(line.substring(0, i).strip(), Optional.of(line.substring(i).strip()));
            }
        }
        return new Split(line, Optional.empty());
    }

    private static boolean isGlue(String line, int at) {
        char before = line.charAt(at - 1);
        char after = line.charAt(at + 1);
        char next = line.charAt(at + 2);
        boolean endsWord = Character.isLowerCase(before) || Character.isDigit(before)
                || "\"'”’)".indexOf(before) >= 0;
        boolean startsWord = Character.isUpperCase(after)
                && (Character.isLowerCase(next) || next == '’' || next == '\'' || next == ' ');
        return endsWord && startsWord;
    }

    /**
     * A capitalised word starting at {@code at}, run into a word of lower-case letters only, or
     * into a name when the word is one that opens sentences, never a brand's second half
     * ({@code ...troops in RussiaThe Pentagon said ...}).
     */
    private static boolean isRunTogether(String line, int at) {
        if (!Character.isUpperCase(line.charAt(at)) || !Character.isLowerCase(line.charAt(at + 1))) {
            return false;
        }
        int start = at;
        boolean capitalised = false;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            if (!Character.isLowerCase(line.charAt(start - 1))) {
                capitalised = true;
                start--;
                break;
            }
            start--;
        }
        boolean wordBefore = start == 0 || Character.isWhitespace(line.charAt(start - 1));
        if (capitalised) {
            return at - start > MIN_GLUED_WORD && wordBefore && SENTENCE_OPENERS.contains(wordAt(line, at));
        }
        return at - start >= MIN_GLUED_WORD && start > 0 && wordBefore;
    }

    /** The letters from {@code at} up to a space; empty if anything else ends them. */
    private static String wordAt(String line, int at) {
        int end = at;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        return end < line.length() && line.charAt(end) == ' ' ? line.substring(at, end) : "";
    }
}
