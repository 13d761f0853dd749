package org.dossier.link;

import org.dossier.loader.Article;
import org.dossier.markdown.RenderedBody;

/**
 * An article with its slug and rendered body, before linking.
 *
 * @param id the article's slug
 * @param article the loaded record
 * @param body the rendered, sanitised body
 */
public record ArticleDraft(String id, Article article, RenderedBody body) {}
