package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dossier.render.Pagination;
import org.dossier.views.Dates;
import org.dossier.views.LinkView;
import org.dossier.views.ParagraphLinks;

/**
 * The view model of a page of the timeline, for {@code timeline.mustache}: events grouped by year
 * (or decade) and month, every string ready to print, links relative to the page. A timeline of
 * more than {@link #EVENTS_PER_PAGE} events continues on {@code timeline--2.html}, ... (see
 * {@link #pages}), each page listing every period and where it starts.
 *
 * @param root the relative prefix back to the site root
 * @param summary one sentence on what the whole timeline holds
 * @param index every period of the timeline, earliest first, linked where it starts
 * @param periods the years and decades of this page, earliest first
 * @param undated the events of this page that could not be placed in time
 * @param hasUndated whether this page has any
 * @param undatedHref where the events not placed in time start, or null when there are none
 * @param empty whether no article gives a date
 * @param pagination the links to the other pages, or null when one page holds the timeline
 */
public record TimelineView(String root, String summary, List<PeriodLink> index, List<PeriodView> periods,
        List<EventView> undated, boolean hasUndated, String undatedHref, boolean empty, Pagination pagination) {

    /** The timeline's first page, relative to the site root. */
    public static final String FIRST = "timeline.html";

    /**
     * The most events a page holds: a 10,000-article dossier has tens of thousands, far more than
     * a browser opens at once.
     */
    public static final int EVENTS_PER_PAGE = 500;

    /**
     * A period in the list of every period.
     *
     * @param heading {@code 2024} or {@code 1970s}
     * @param href where its events start, relative to the page
     */
    public record PeriodLink(String heading, String href) {}

    /**
     * One page of the timeline.
     *
     * @param path the page, relative to the site root
     * @param title its title
     * @param view what it shows, made when asked for: a large dossier's pages of events are made
     *     one at a time as they are written, not all held at once
     */
    public record Page(String path, String title, Supplier<TimelineView> view) {}

    /**
     * A year or decade.
     *
     * @param anchor the section id
     * @param heading {@code 2024} or {@code 1970s}
     * @param events the events placed only within the year (or decade, or a season)
     * @param months the months with events placed to the month or day
     */
    public record PeriodView(String anchor, String heading, List<EventView> events, List<MonthView> months) {}

    /**
     * A month of a year.
     *
     * @param heading e.g. {@code June 2024}
     * @param events its events
     */
    public record MonthView(String heading, List<EventView> events) {}

    /**
     * One event.
     *
     * @param when the period in words, or the expression as written when unresolved
     * @param isoDate the first day of the period, or empty when unresolved
     * @param sentence the lead report's sentence
     * @param entities links to the entities it names
     * @param hasEntities whether it names any
     * @param sources the first reports, {@value #MAX_SOURCES} at most
     * @param moreSources how many more reports there are, in words, or empty
     * @param reportCount how many articles report it, in words, when more than one; else empty
     */
    public record EventView(String when, String isoDate, String sentence, List<LinkView> entities,
            boolean hasEntities, List<SourceView> sources, String moreSources, String reportCount) {}

    /** The most reports listed under one event on the timeline; the rest are counted. */
    public static final int MAX_SOURCES = 12;

    /**
     * The most reports listed under one event on an entity page, which lists an event without
     * the entities it names: the page's own side column says who else is named with the entity.
     */
    public static final int ENTITY_PAGE_SOURCES = 3;

    /**
     * One article's report.
     *
     * @param title the article's title
     * @param link the paragraph
     * @param outlet the outlet, or empty when unknown
     * @param date the article's date in words, or empty
     * @param expression the date as written
     * @param explanation how it was resolved
     */
    public record SourceView(String title, String link, String outlet, String date, String expression,
            String explanation) {}

    /**
     * The whole of {@code timeline} on one page at {@code root}, linking paragraphs through
     * {@code links}: the briefing book's copy.
     */
    public static TimelineView of(Timeline timeline, String root, ParagraphLinks links) {
        return new Pager(timeline, Integer.MAX_VALUE).view(1, root, links);
    }

    /**
     * The pages of {@code timeline}, {@code perPage} events a page in order, the events not placed
     * in time last: {@link #FIRST}, then {@code timeline--2.html}, ...; always at least one page.
     * A period that runs over a page break is headed again, as continued, on the next page.
     */
    public static List<Page> pages(Timeline timeline, ParagraphLinks links, int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("A page must hold at least one event, not " + perPage);
        }
        Pager pager = new Pager(timeline, perPage);
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= pager.count; number++) {
            int page = number;
            pages.add(new Page(Pagination.path(FIRST, number), number == 1 ? "Timeline" : "Timeline, page " + number,
                    () -> pager.view(page, "", links)));
        }
        return pages;
    }

    /** Splits a timeline's events into pages and knows which page each period starts on. */
    private static final class Pager {
        private final Timeline timeline;
        private final long perPage;
        private final int count;
        private final Map<String, Integer> startPages = new LinkedHashMap<>();
        private final int undatedPage;
        private final String summary;

        Pager(Timeline timeline, int perPage) {
            this.timeline = timeline;
            this.perPage = perPage;
            List<TimelineEvent> dated = timeline.dated();
            this.count = (int) Math.max(1, (dated.size() + timeline.undated().size() + this.perPage - 1) / this.perPage);
            for (int i = 0; i < dated.size(); i++) {
                startPages.putIfAbsent(periodOf(dated.get(i)), pageOf(i));
            }
            this.undatedPage = pageOf(dated.size());
            int datedCount = dated.size();
            this.summary = datedCount + (datedCount == 1 ? " dated event" : " dated events")
                    + " from the articles, earliest first; " + timeline.undated().size()
                    + " more whose date could not be resolved.";
        }

        private int pageOf(int position) {
            return (int) (position / perPage) + 1;
        }

        /** Page {@code number} for a page at {@code root}. */
        TimelineView view(int number, String root, ParagraphLinks links) {
            List<TimelineEvent> dated = timeline.dated();
            List<TimelineEvent> undated = timeline.undated();
            long from = (number - 1) * perPage;
            long to = Math.min(from + perPage, dated.size() + (long) undated.size());
            List<TimelineEvent> datedHere = dated.subList((int) Math.min(from, dated.size()), (int) Math.min(to, dated.size()));
            List<TimelineEvent> undatedHere = undated.subList((int) Math.max(0, from - dated.size()),
                    (int) Math.max(0, to - dated.size()));

            Map<String, List<TimelineEvent>> byPeriod = new LinkedHashMap<>();
            for (TimelineEvent event : datedHere) {
                byPeriod.computeIfAbsent(periodOf(event), k -> new ArrayList<>()).add(event);
            }
            List<PeriodView> periods = new ArrayList<>();
            for (Map.Entry<String, List<TimelineEvent>> period : byPeriod.entrySet()) {
                boolean continued = startPages.get(period.getKey()) < number;
                periods.add(period(period.getKey(), continued, period.getValue(), root, links));
            }
            List<PeriodLink> index = startPages.entrySet().stream()
                    .map(start -> new PeriodLink(start.getKey(), href(number, start.getValue()) + "#period-" + start.getKey()))
                    .toList();
            List<EventView> undatedViews = undatedHere.stream().map(e -> event(e, root, links, MAX_SOURCES, true)).toList();
            return new TimelineView(root, summary, index, periods, undatedViews, !undatedViews.isEmpty(),
                    undated.isEmpty() ? null : href(number, undatedPage) + "#undated",
                    dated.size() + undated.size() == 0, Pagination.of(FIRST, number, count));
        }

        /** The page {@code target} as linked from page {@code number}: nothing when it is the same. */
        private static String href(int number, int target) {
            return number == target ? "" : Pagination.path(FIRST, target);
        }

        private static String periodOf(TimelineEvent event) {
            return event.when().orElseThrow().period();
        }
    }

    /** A period's events of one page, those placed to the month or day under their month. */
    private static PeriodView period(String key, boolean continued, List<TimelineEvent> events, String root,
            ParagraphLinks links) {
        List<EventView> general = new ArrayList<>();
        Map<String, List<EventView>> months = new LinkedHashMap<>();
        for (TimelineEvent event : events) {
            TimePoint when = event.when().orElseThrow();
            EventView view = event(event, root, links, MAX_SOURCES, true);
            if (when.precision().compareTo(Precision.MONTH) >= 0) {
                months.computeIfAbsent(Dates.monthLabel(when.start()), k -> new ArrayList<>()).add(view);
            } else {
                general.add(view);
            }
        }
        return new PeriodView("period-" + key, continued ? key + ", continued" : key, general,
                months.entrySet().stream().map(m -> new MonthView(m.getKey(), m.getValue())).toList());
    }

    /**
     * The first {@code limit} events that name entity {@code id}, for its page at {@code root}
     * (links to the articles' pages), each with its first {@value #ENTITY_PAGE_SOURCES} reports and
     * no entity list; {@code views-event.mustache} renders each.
     */
    public static List<EventView> eventsOf(Timeline timeline, String id, String root, int limit) {
        return timeline.eventsOf(id).stream().limit(limit)
                .map(e -> event(e, root, ParagraphLinks.SITE, ENTITY_PAGE_SOURCES, false)).toList();
    }

    private static EventView event(TimelineEvent event, String root, ParagraphLinks links, int maxSources,
            boolean withEntities) {
        List<SourceView> sources = event.sources().stream().limit(maxSources).map(s -> {
            String link = links.link(s.article().id(), s.block());
            return new SourceView(s.article().title(), link.startsWith("#") ? link : root + link,
                    s.article().source().orElse(""), s.article().dateLabel(), s.expression(), s.explanation());
        }).toList();
        return new EventView(event.when().map(TimePoint::label).orElse(event.lead().expression()),
                event.when().map(w -> w.start().toString()).orElse(""), event.lead().sentence().toString(),
                withEntities ? LinkView.ofEntities(event.entities(), root) : List.of(),
                withEntities && !event.entities().isEmpty(), sources,
                event.sources().size() > maxSources ? "and " + (event.sources().size() - maxSources) + " more" : "",
                event.articles() > 1 ? "reported by " + event.articles() + " articles" : "");
    }
}
