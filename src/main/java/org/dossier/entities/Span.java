package org.dossier.entities;

/**
 * Where a mention stands in an article.
 *
 * @param block {@code title}, {@code standfirst}, {@code byline}, or a body block id such as
 *     {@code p3}
 * @param start the offset of the first character in the block's text
 * @param end the offset after the last character
 * @param text the surface form as written
 */
public record Span(String block, int start, int end, String text) {

    /** The block id of the article title. */
    public static final String TITLE = "title";
    /** The block id of the standfirst. */
    public static final String STANDFIRST = "standfirst";
    /** The block id of the author line. */
    public static final String BYLINE = "byline";

    /** Whether the span is in the article body (and so can carry a link). */
    public boolean inBody() {
        return !block.equals(TITLE) && !block.equals(STANDFIRST) && !block.equals(BYLINE);
    }
}
