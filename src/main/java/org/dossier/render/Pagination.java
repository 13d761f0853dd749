package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page links of a list too long for one page. Later pages are named {@code NAME--2.html},
 * {@code NAME--3.html}, ...: a slug never holds two hyphens in a row, so these names cannot meet
 * another page's.
 *
 * @param page this page's number, from 1
 * @param pages the number of pages
 * @param previous the previous page, relative to this one, or null
 * @param next the next page, relative to this one, or null
 * @param links every page
 */
public record Pagination(int page, int pages, String previous, String next, List<PageLink> links) {

    public Pagination {
        links = List.copyOf(links);
    }

    /**
     * A link to one page.
     *
     * @param number the page number
     * @param href the page, relative to the page showing the link
     * @param current whether it is that page
     */
    public record PageLink(int number, String href, boolean current) {}

    /** The number of pages {@code items} fill at {@code perPage} a page; at least one. */
    public static int pages(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /** The path of page {@code page} of the list whose first page is {@code first}. */
    public static String path(String first, int page) {
        return page == 1 ? first : first.substring(0, first.length() - ".html".length()) + "--" + page + ".html";
    }

    /** The links of page {@code page} of {@code pages}, or null when one page holds the list. */
    public static Pagination of(String first, int page, int pages) {
        if (pages == 1) {
            return null;
        }
        String root = PageRenderer.rootOf(path(first, page));
        IntFunction<String> href = n -> root + path(first, n);
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            links.add(new PageLink(n, href.apply(n), n == page));
        }
        return new Pagination(page, pages, page > 1 ? href.apply(page - 1) : null,
                page < pages ? href.apply(page + 1) : null, links);
    }
}
