package org.dossier.render;

import java.util.List;

/**
 * The site's sections as the masthead lists them, with links relative to the current page.
 */
public final class Navigation {

    /** The sections: label and page, in the order shown. */
    private static final List<Link> SECTIONS = List.of(
            new Link("Articles", "index.html", false),
            new Link("People", "people.html", false),
            new Link("Countries", "countries.html", false),
            new Link("Places", "places.html", false),
            new Link("Organisations", "organisations.html", false),
            new Link("Figures", "figures.html", false),
            new Link("Timeline", "timeline.html", false),
            new Link("Connections", "connections.html", false),
            new Link("Briefing", "briefing.html", false),
            new Link("Search", "search.html", false));

    private Navigation() {}

    /** The section links as seen from the page at {@code path}; the page itself marked current. */
    public static List<Link> links(String path) {
        String root = PageRenderer.rootOf(path);
        return SECTIONS.stream()
                .map(s -> new Link(s.label(), root + s.href(), s.href().equals(path)))
                .toList();
    }

    /**
     * One navigation link.
     *
     * @param label the visible text
     * @param href the address, relative to the page
     * @param current whether it is the page shown ({@code aria-current="page"})
     */
    public record Link(String label, String href, boolean current) {}
}
