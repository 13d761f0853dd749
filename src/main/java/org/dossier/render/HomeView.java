package org.dossier.render;

import java.util.List;

/**
 * What {@code home.mustache} reads.
 *
 * @param title the dossier's title
 * @param description the dossier's description, or null
 * @param overview what the dossier holds, e.g. 5 articles, 12 people
 * @param articles the articles, newest first, undated last
 * @param mostNamed per kind of entity, the most often named ones
 */
public record HomeView(
        String title, String description, List<Count> overview, List<ArticleSummary> articles, List<Leaders> mostNamed) {

    public HomeView {
        overview = List.copyOf(overview);
        articles = List.copyOf(articles);
        mostNamed = List.copyOf(mostNamed);
    }

    /**
     * The most often named entities of one kind.
     *
     * @param label the kind's plural, e.g. {@code People}
     * @param href the kind's index page
     * @param entities the entities, most named first, each with its number of articles
     */
    public record Leaders(String label, String href, List<EntityLink> entities) {}

    /**
     * A count of the overview.
     *
     * @param count the number
     * @param label what is counted, e.g. {@code people}
     * @param href the page listing them, relative to the home page
     */
    public record Count(int count, String label, String href) {}
}
