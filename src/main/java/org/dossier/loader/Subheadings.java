package org.dossier.loader;

/**
 * Tells a subheading from prose: a short line, one phrase or question, starting with a capital and
 * not ending like a sentence or a quotation ({@code What's in it for North Korea?},
 * {@code Long-term commitment}). Whether it stands between paragraphs is the caller's to check.
 */
final class Subheadings {

    private static final int MAX_LENGTH = 90;
    private static final int MAX_WORDS = 14;

    private Subheadings() {}

    /** Whether {@code text} is shaped like a subheading. */
    static boolean isHeadingShaped(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH || !Character.isUpperCase(text.codePointAt(0))
                && !Character.isDigit(text.codePointAt(0))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (!Character.isLetterOrDigit(last) && last != '?' && last != '!') {
            return false;
        }
        if (text.split(" ").length > MAX_WORDS || text.contains(". ") || text.contains(": ")) {
            return false;
        }
        return text.chars().anyMatch(Character::isLowerCase);
    }
}
