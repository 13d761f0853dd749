package org.dossier.views;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.parallel.Parallel;
import org.dossier.render.EntityEvents;
import org.dossier.render.PageRenderer;
import org.dossier.render.PageSink;
import org.dossier.views.briefing.BriefingView;
import org.dossier.views.briefing.BriefingVolumes;
import org.dossier.views.briefing.VolumeView;
import org.dossier.views.connections.CoMentions;
import org.dossier.views.connections.ConnectionsView;
import org.dossier.views.ledger.FigureLedger;
import org.dossier.views.ledger.FiguresCsv;
import org.dossier.views.ledger.LedgerView;
import org.dossier.views.timeline.Timeline;
import org.dossier.views.timeline.TimelineMemo;
import org.dossier.views.timeline.TimelineView;

/**
 * Renders the analyst views of a dossier: {@code figures.html} (the ledger, with
 * {@code figures--2.html}, ... for a ledger too long for one page) with {@code figures.csv},
 * {@code timeline.html} (with {@code timeline--2.html}, ... for a timeline
 * too long for one page), {@code connections.html} and {@code briefing.html} (with
 * {@code briefing--2.html}, ... for a dossier too long for one volume), and their
 * stylesheet {@code assets/views.css}. Immutable and thread-safe.
 */
public final class AnalystViews {

    /** The stylesheet the views' templates link to, under {@code assets/}. */
    public static final String STYLESHEET = "views.css";

    private final int articlesPerVolume;
    private final int eventsPerPage;
    private final int figuresPerPage;

    /**
     * Views whose briefing book holds {@link BriefingVolumes#ARTICLES_PER_VOLUME} articles a volume,
     * whose timeline {@link TimelineView#EVENTS_PER_PAGE} events a page and whose figures ledger
     * {@link LedgerView#FIGURES_PER_PAGE} figures a page.
     */
    public AnalystViews() {
        this(BriefingVolumes.ARTICLES_PER_VOLUME);
    }

    /** Views whose briefing book holds at most {@code articlesPerVolume} articles a volume. */
    public AnalystViews(int articlesPerVolume) {
        this(articlesPerVolume, TimelineView.EVENTS_PER_PAGE, LedgerView.FIGURES_PER_PAGE);
    }

    /**
     * Views whose briefing book holds at most {@code articlesPerVolume} articles a volume, whose
     * timeline at most {@code eventsPerPage} events a page and whose ledger at most
     * {@code figuresPerPage} figures a page (a group of more keeps a page of its own).
     */
    public AnalystViews(int articlesPerVolume, int eventsPerPage, int figuresPerPage) {
        if (articlesPerVolume < 1) {
            throw new IllegalArgumentException("A volume must hold at least one article, not " + articlesPerVolume);
        }
        if (eventsPerPage < 1 || figuresPerPage < 1) {
            throw new IllegalArgumentException("A page must hold at least one event and one figure, not "
                    + eventsPerPage + " and " + figuresPerPage);
        }
        this.articlesPerVolume = articlesPerVolume;
        this.eventsPerPage = eventsPerPage;
        this.figuresPerPage = figuresPerPage;
    }

    /**
     * The timeline of {@code dossier}, for {@link #render} and {@link #entityEvents}, reading
     * again only the blocks {@code memo} does not know.
     */
    public static Timeline timeline(LinkedDossier dossier, TimelineMemo memo) {
        return Timeline.of(dossier, memo);
    }

    /** The events of {@code timeline} as entity pages list them. */
    public static EntityEvents entityEvents(Timeline timeline) {
        return (id, root, limit) -> new EntityEvents.Listed(TimelineView.eventsOf(timeline, id, root, limit),
                timeline.eventsOf(id).size());
    }

    /** Renders every analyst view of {@code dossier} into {@code sink}. */
    public void render(LinkedDossier dossier, PageRenderer pages, PageSink sink) {
        render(dossier, Timeline.of(dossier), pages, sink);
    }

    /** Renders every analyst view of {@code dossier}, whose timeline is {@code timeline}, into {@code sink}. */
    public void render(LinkedDossier dossier, Timeline timeline, PageRenderer pages, PageSink sink) {
        FigureLedger ledger = FigureLedger.of(dossier);
        BriefingVolumes volumes = BriefingVolumes.of(dossier.articles().stream().map(LinkedArticle::id).toList(),
                articlesPerVolume);
        List<Runnable> views = new ArrayList<>();
        for (LedgerView.Page page : LedgerView.pages(ledger, ParagraphLinks.SITE, figuresPerPage)) {
            views.add(() -> pages.page(sink, page.path(), page.title(), "figures.mustache", page.view()));
        }
        views.add(() -> sink.write("figures.csv", FiguresCsv.of(ledger).getBytes(StandardCharsets.UTF_8)));
        for (TimelineView.Page page : TimelineView.pages(timeline, ParagraphLinks.SITE, eventsPerPage)) {
            views.add(() -> pages.page(sink, page.path(), page.title(), "timeline.mustache", page.view().get()));
        }
        views.add(() -> pages.page(sink, "connections.html", "Connections", "connections.mustache",
                ConnectionsView.of(CoMentions.of(dossier), PageRenderer.rootOf("connections.html"), ParagraphLinks.SITE)));
        views.add(() -> pages.page(sink, BriefingVolumes.FIRST, "Briefing book", "briefing.mustache",
                BriefingView.of(dossier, ledger, timeline, volumes, PageRenderer.rootOf(BriefingVolumes.FIRST))));
        views.add(() -> sink.write("assets/" + STYLESHEET, pages.asset(STYLESHEET)));
        for (BriefingVolumes.Volume volume : volumes.all().subList(1, volumes.all().size())) {
            String root = PageRenderer.rootOf(volume.path());
            views.add(() -> pages.page(sink, volume.path(), "Briefing book, volume " + volume.number(),
                    "briefing-volume.mustache", VolumeView.of(dossier, volumes, volume, root)));
        }
        // Each view is one page of its own, so they render side by side; of several failures,
        // the one reported is the first in this order, whichever finished first.
        Parallel.forEach(views, Runnable::run);
    }
}
