package org.dossier.render;

import java.util.List;

/**
 * The site's sections as the masthead lists them, with links relative to the current page.
 */
public final class Navigation {

    /** The sections: label and page, in the order shown. */
    private static final List<Section> SECTIONS = List.of(
            new Section("Articles", "index.html", "articles/"),
            new Section("People", "people.html", "people/"),
            new Section("Countries", "countries.html", "countries/"),
            new Section("Places", "places.html", "places/"),
            new Section("Organisations", "organisations.html", "organisations/"),
            new Section("Figures", "figures.html", "figures/"),
            new Section("Timeline", "timeline.html", null),
            new Section("Connections", "connections.html", null),
            new Section("Briefing", "briefing.html", null),
            new Section("Search", "search.html", null));

    /** A section: its label, its page, and the folder of the pages it lists, if any. */
    private record Section(String label, String href, String folder) {}

    private Navigation() {}

    /**
     * The section links as seen from the page at {@code path}: the page itself marked current, the
     * section of a page inside a section's folder, or of a later page of a section's list
     * ({@code index--2.html}), marked as the one the reader is in.
     */
    public static List<Link> links(String path) {
        String root = PageRenderer.rootOf(path);
        return SECTIONS.stream()
                .map(s -> new Link(s.label(), root + s.href(), s.href().equals(path),
                        s.folder() != null && path.startsWith(s.folder()) || isLaterPage(s.href(), path)))
                .toList();
    }

    /** Whether {@code path} is a later page of the list that starts on {@code first}: {@code briefing--2.html}. */
    private static boolean isLaterPage(String first, String path) {
        return path.startsWith(first.substring(0, first.length() - ".html".length()) + "--");
    }

    /**
     * One navigation link.
     *
     * @param label the visible text
     * @param href the address, relative to the page
     * @param current whether it is the page shown ({@code aria-current="page"})
     * @param within whether the page shown is inside this section ({@code aria-current="true"})
     */
    public record Link(String label, String href, boolean current, boolean within) {}
}
