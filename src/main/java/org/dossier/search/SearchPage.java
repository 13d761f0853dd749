package org.dossier.search;

import org.dossier.link.LinkedDossier;
import org.dossier.render.PageRenderer;
import org.dossier.render.PageSink;

/**
 * Writes the search: {@code search.html} (from {@code search.mustache}, inside the common layout),
 * its script {@code assets/search.js} (from the templates' {@code search.js}) and the index
 * {@code assets/search-index.js}. Only the search page loads the script, and the script loads the
 * index, so no other page pays for it. Thread-safe.
 */
public final class SearchPage {

    /** The search page, relative to the site root. */
    public static final String PAGE = "search.html";
    /** The search script, relative to the site root. */
    public static final String SCRIPT = "assets/search.js";
    /** The index script, relative to the site root. */
    public static final String INDEX = "assets/search-index.js";

    private final PageRenderer pages;

    public SearchPage(PageRenderer pages) {
        this.pages = pages;
    }

    /** Writes the search page, its script and the index of {@code dossier}. */
    public void write(LinkedDossier dossier, PageSink sink) {
        pages.page(sink, PAGE, "Search", "search.mustache", new Model(PageRenderer.rootOf(PAGE)));
        sink.write(SCRIPT, pages.asset("search.js"));
        sink.write(INDEX, SearchIndexScript.parts(SearchIndex.of(dossier)));
    }

    /**
     * What {@code search.mustache} reads.
     *
     * @param root the relative prefix back to the site root
     */
    public record Model(String root) {}
}
