package org.dossier.views;

import java.time.LocalDate;
import java.util.Optional;
import org.dossier.link.LinkedArticle;

/**
 * What a view shows of an article when it cites it: title, outlet and date.
 *
 * @param id the article's slug
 * @param title the title
 * @param source the outlet as the article record names it, if known
 * @param published the publication date, if known
 */
public record ArticleRef(String id, String title, Optional<String> source, Optional<LocalDate> published) {

    /** The reference for a linked article. */
    public static ArticleRef of(LinkedArticle article) {
        return new ArticleRef(article.id(), article.article().title(), article.article().source(),
                article.article().published());
    }

    /** The outlet, or the article's title where the outlet is unknown. */
    public String sourceLabel() {
        return source.orElse(title);
    }

    /** The page of the article relative to the site root. */
    public String url() {
        return "articles/" + id + ".html";
    }

    /** The date as {@code YYYY-MM-DD}, or an empty string. */
    public String isoDate() {
        return published.map(LocalDate::toString).orElse("");
    }

    /** The date in words, e.g. {@code 6 November 2024}, or an empty string. */
    public String dateLabel() {
        return published.map(Dates::dayLabel).orElse("");
    }
}
