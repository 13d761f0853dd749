package org.dossier.loader;

/** Tells prose (a paragraph of sentences) from the short labels and headlines around it. */
final class Prose {

    /** Lines longer than this are prose whatever they end with. */
    static final int LONG_LINE = 200;

    private Prose() {}

    /** Whether {@code text} reads as a paragraph: long, or ending a sentence with a full stop. */
    static boolean isProse(String text) {
        if (text.length() > LONG_LINE) {
            return true;
        }
        String end = stripClosingQuotes(text);
        return !end.isEmpty() && end.length() > 40 && (end.endsWith(".") || end.endsWith("!")) && !end.endsWith("...");
    }

    /**
     * Whether {@code text} ends as a sentence or quote does ({@code .}, {@code !}, {@code ?},
     * {@code :}, a closing quote mark), unlike a title or caption; false for an empty text.
     */
    static boolean endsLikeSentence(String text) {
        return !text.isEmpty() && ".!?:\"\u201d".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** {@code text} without the quote marks and brackets that close it. */
    static String stripClosingQuotes(String text) {
        int end = text.length();
        while (end > 0 && "\"'”’)]»".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
