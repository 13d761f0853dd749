package org.dossier.loader;

import java.util.Optional;

/** One block of a clipping's body, written out as CommonMark with the clipping's text escaped. */
sealed interface BodyBlock {

    /** The block as CommonMark. */
    String markdown();

    /** The line of the file the block comes from. */
    int line();

    /** The block's plain text (a caption's without its credit). */
    String text();

    /**
     * A paragraph of the article.
     *
     * @param text the paragraph's plain text
     * @param line its line in the file
     */
    record Paragraph(String text, int line) implements BodyBlock {
        @Override
        public String markdown() {
            return MarkdownText.escape(text);
        }
    }

    /**
     * A subheading between paragraphs, written as a level-2 heading.
     *
     * @param text the heading's plain text
     * @param line its line in the file
     */
    record Heading(String text, int line) implements BodyBlock {
        @Override
        public String markdown() {
            return "## " + MarkdownText.escape(text);
        }
    }

    /**
     * An image caption, written as an emphasised paragraph with its credit after it:
     * {@code *Caption text* (Credit: Reuters Photo)}.
     *
     * @param text the caption's plain text
     * @param credit the credit as written, if any
     * @param line its line in the file
     */
    record Caption(String text, Optional<String> credit, int line) implements BodyBlock {

        /** This caption with {@code newCredit}. */
        Caption withCredit(String newCredit) {
            return new Caption(text, Optional.of(newCredit), line);
        }

        @Override
        public String markdown() {
            String caption = "*" + MarkdownText.escape(text) + "*";
            return credit.map(c -> caption + " (" + MarkdownText.escape(c) + ")").orElse(caption);
        }
    }
}
