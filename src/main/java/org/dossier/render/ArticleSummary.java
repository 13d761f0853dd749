package org.dossier.render;

import java.util.List;
import org.dossier.link.LinkedArticle;
import org.dossier.loader.Article;

/**
 * An article as lists show it. Absent fields are null, which templates read as absent.
 *
 * @param title the title
 * @param href the article page, relative to the page showing the list
 * @param source the outlet, or null
 * @param author the byline, or null
 * @param date the publication date, or null
 * @param standfirst the standfirst, or null
 * @param meta whether there is a source, author or date to show
 */
public record ArticleSummary(
        String title, String href, String source, String author, DateLabel date, String standfirst, boolean meta) {

    /** The summary of {@code article} as seen from a page whose root prefix is {@code root}. */
    public static ArticleSummary of(LinkedArticle article, String root) {
        Article a = article.article();
        String source = a.source().orElse(null);
        String author = a.author().orElse(null);
        DateLabel date = DateLabel.orNull(a.published());
        return new ArticleSummary(a.title(), root + article.url(), source, author, date,
                a.standfirst().orElse(null), source != null || author != null || date != null);
    }

    /** The summaries of {@code articles}, in their order. */
    public static List<ArticleSummary> of(List<LinkedArticle> articles, String root) {
        return articles.stream().map(a -> of(a, root)).toList();
    }
}
