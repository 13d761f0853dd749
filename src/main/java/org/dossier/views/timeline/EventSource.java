package org.dossier.views.timeline;

import org.dossier.entities.Sentence;
import org.dossier.views.ArticleRef;

/**
 * One article's report of an event.
 *
 * @param article the article
 * @param block the paragraph it stands in, e.g. {@code p3}
 * @param expression the date expression as written, e.g. {@code On September 13}
 * @param sentence the sentence
 * @param explanation how the date was resolved, or why it was not
 */
public record EventSource(ArticleRef article, String block, String expression, Sentence sentence, String explanation) {}
