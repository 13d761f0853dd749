package org.dossier.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.feed.Feeds;
import org.dossier.feed.WrittenPages;
import org.dossier.link.LinkedDossier;
import org.dossier.render.PageRenderer;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.dossier.search.SearchPage;
import org.dossier.views.AnalystViews;

/**
 * Renders every file of a linked dossier's site into memory, in the order and with the renderers
 * {@link SiteBuilder} uses, so a live build can compare the result with what is on disk.
 */
final class SitePages {

    private SitePages() {}

    /** Every file of the site of {@code dossier}, by path inside the site. */
    static Map<String, byte[]> render(Templates templates, LinkedDossier dossier) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        WrittenPages written = new WrittenPages(files::put);
        PageRenderer pages = new PageRenderer(templates, dossier.config());
        new SiteRenderer(templates).render(dossier, written);
        new AnalystViews().render(dossier, pages, written);
        new SearchPage(pages).write(dossier, written);
        Feeds.write(dossier, written, files::put);
        return files;
    }
}
