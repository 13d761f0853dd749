package org.dossier.views;

/**
 * Where a view links to a paragraph of an article: the article page on the site, or the copy of
 * the article inside the briefing book.
 */
@FunctionalInterface
public interface ParagraphLinks {

    /** Links to {@code articles/SLUG.html#p3}, relative to the site root. */
    ParagraphLinks SITE = (article, block) -> "articles/" + article + ".html" + (isParagraph(block) ? "#" + block : "");

    /**
     * Links to the article's copy in the same page, whose ids are {@code article-SLUG} and
     * {@code article-SLUG-p3}.
     */
    ParagraphLinks IN_PAGE = (article, block) -> "#article-" + article + (isParagraph(block) ? "-" + block : "");

    /** The link to block {@code block} (e.g. {@code p3}, or {@code title}) of article {@code article}. */
    String link(String article, String block);

    private static boolean isParagraph(String block) {
        return !block.equals("title") && !block.equals("standfirst") && !block.equals("byline");
    }
}
