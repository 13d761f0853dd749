package org.dossier.views.connections;

import java.util.List;
import org.dossier.views.ArticleRef;
import org.dossier.views.EntityRef;

/**
 * Two entities named in the same articles.
 *
 * @param first the entity whose id sorts first
 * @param second the other
 * @param articles the articles that name both, in reading order
 * @param strength how much more often they meet than their own frequencies suggest: the shared
 *     articles over the geometric mean of each one's article count, from 0 to 1, so that an
 *     entity every article names (a hub) does not dominate
 */
public record CoMention(EntityRef first, EntityRef second, List<ArticleRef> articles, double strength) {

    public CoMention {
        articles = List.copyOf(articles);
    }

    /** How many articles name both. */
    public int count() {
        return articles.size();
    }

    /** Whether {@code id} is one of the two. */
    public boolean involves(String id) {
        return first.id().equals(id) || second.id().equals(id);
    }

    /** The one of the two that is not {@code id}. */
    public EntityRef other(String id) {
        return first.id().equals(id) ? second : first;
    }
}
