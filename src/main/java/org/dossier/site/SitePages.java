package org.dossier.site;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.dossier.feed.Feeds;
import org.dossier.feed.WrittenPages;
import org.dossier.link.LinkedDossier;
import org.dossier.render.PageRenderer;
import org.dossier.render.PageSink;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.dossier.search.SearchPage;
import org.dossier.views.AnalystViews;
import org.dossier.views.timeline.Timeline;

/**
 * Renders every file of a linked dossier's site: the core pages, the analyst views, the search
 * page and, with a base URL, the feeds. The one render sequence of a full build and of a live one.
 */
final class SitePages {

    private static final ThreadFactory DAEMON = task -> {
        Thread thread = new Thread(task, "dossier-views");
        thread.setDaemon(true);
        return thread;
    };

    private SitePages() {}

    /** Writes every file of the site of {@code dossier} into {@code sink}. */
    static void write(Templates templates, LinkedDossier dossier, PageSink sink) {
        WrittenPages written = new WrittenPages(sink);
        PageRenderer pages = new PageRenderer(templates, dossier.config());
        Timeline timeline = AnalystViews.timeline(dossier);
        // The analyst views and the search page are mostly sequential: they render on a thread of
        // their own beside the core pages, whose failure, if any, is the one reported.
        ExecutorService executor = Executors.newSingleThreadExecutor(DAEMON);
        try {
            CompletableFuture<Void> views = CompletableFuture.runAsync(() -> {
                new AnalystViews().render(dossier, timeline, pages, written);
                new SearchPage(pages).write(dossier, written);
            }, executor);
            try {
                new SiteRenderer(templates).render(dossier, written, AnalystViews.entityEvents(timeline));
            } catch (RuntimeException e) {
                views.handle((done, failure) -> failure).join();
                throw e;
            }
            try {
                views.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        } finally {
            executor.shutdown();
        }
        Feeds.write(dossier, written, sink);
    }

    /** Every file of the site of {@code dossier}, by path inside the site. */
    static Map<String, byte[]> render(Templates templates, LinkedDossier dossier) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        write(templates, dossier, files::put);
        return files;
    }
}
