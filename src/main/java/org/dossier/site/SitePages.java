package org.dossier.site;

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

    private SitePages() {}

    /**
     * Writes every file of the site of {@code dossier} into {@code sink}, leaving out what
     * {@code memo} knows unchanged since the render it was recorded in.
     */
    static void write(Templates templates, AnalystViews views, LinkedDossier dossier, PageSink sink, RenderMemo memo) {
        write(templates, views, dossier, sink, memo, new StageTimes(Progress.NONE));
    }

    /**
     * Writes like {@link #write(Templates, AnalystViews, LinkedDossier, PageSink, RenderMemo)},
     * timing each step in {@code stages}.
     */
    static void write(Templates templates, AnalystViews views, LinkedDossier dossier, PageSink sink, RenderMemo memo,
            StageTimes stages) {
        WrittenPages written = new WrittenPages(sink);
        PageRenderer pages = new PageRenderer(templates, dossier.config(), memo.pages());
        // One stage after another, each spread over every core: two stages side by side would
        // share the cores with nothing gained, and make the timing of each stage meaningless.
        Timeline timeline = stages.time("timeline", () -> AnalystViews.timeline(dossier, memo.timeline()));
        EntityEvents events = AnalystViews.entityEvents(timeline)::of;
        stages.time("pages", () -> new SiteRenderer(templates, memo.pages()).render(dossier, written, events));
        stages.time("views", () -> views.render(dossier, timeline, pages, written));
        stages.time("search", () -> new SearchPage(pages).write(dossier, written));
        stages.time("feeds", () -> Feeds.write(dossier, written, sink));
    }
}
