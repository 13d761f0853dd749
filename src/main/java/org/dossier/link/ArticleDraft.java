package org.dossier.link;

import org.dossier.loader.Article;
import org.dossier.markdown.RenderedBody;

/**
 * An article with its slug and rendered body, before linking.
 *
 * @param id the article's slug
 * @param article the loaded record, without its Markdown body ({@link Article#withoutBody()}):
 *     the rendered body stands for it from here on, and a large dossier need not hold both
 * @param body the rendered, sanitised body
 */
public record ArticleDraft(String id, Article article, RenderedBody body) {

    public ArticleDraft {
        article = article.withoutBody();
    }
}
