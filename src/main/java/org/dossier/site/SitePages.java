package org.dossier.site;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.dossier.feed.Feeds;
import org.dossier.feed.WrittenPages;
import org.dossier.link.LinkedDossier;
import org.dossier.render.EntityEvents;
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
        // The timeline, then the analyst views and the search page, are mostly sequential: they
        // run on a thread of their own beside the core pages, whose failure, if any, is the one
        // reported. Only entity pages wait for the timeline, so article pages render meanwhile.
        ExecutorService executor = Executors.newSingleThreadExecutor(DAEMON);
        try {
            CompletableFuture<Timeline> timeline = CompletableFuture.supplyAsync(() -> AnalystViews.timeline(dossier), executor);
            CompletableFuture<Void> views = timeline.thenAcceptAsync(done -> {
                new AnalystViews().render(dossier, done, pages, written);
                new SearchPage(pages).write(dossier, written);
            }, executor);
            EntityEvents events = (id, root, limit) -> AnalystViews.entityEvents(joined(timeline)).of(id, root, limit);
            try {
                new SiteRenderer(templates).render(dossier, written, events);
            } catch (RuntimeException e) {
                views.handle((done, failure) -> failure).join();
                throw e;
            }
            joined(views);
        } finally {
            executor.shutdown();
        }
        Feeds.write(dossier, written, sink);
    }

    /** The result of {@code task}, waiting for it; its own exception if it failed. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
