package org.dossier.link;

import java.util.List;

/**
 * Two entities named together, for the connections page.
 *
 * @param first the id of one entity, the smaller of the two ids
 * @param second the id of the other entity
 * @param articles the ids of the articles naming both, in id order
 */
public record Connection(String first, String second, List<String> articles) {

    public Connection {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("Connection ids out of order: " + first + ", " + second);
        }
        articles = List.copyOf(articles);
    }

    /** How many articles name both entities. */
    public int count() {
        return articles.size();
    }
}
