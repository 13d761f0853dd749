package org.dossier.render;

import java.util.List;

/**
 * What {@code home.mustache} reads.
 *
 * @param title the dossier's title
 * @param description the dossier's description, or null
 * @param overview what the dossier holds, e.g. 5 articles, 12 people
 * @param articles the articles, newest first, undated last
 */
public record HomeView(String title, String description, List<Count> overview, List<ArticleSummary> articles) {

    public HomeView {
        overview = List.copyOf(overview);
        articles = List.copyOf(articles);
    }

    /**
     * A count of the overview.
     *
     * @param count the number
     * @param label what is counted, e.g. {@code people}
     * @param href the page listing them, relative to the home page
     */
    public record Count(int count, String label, String href) {}
}
