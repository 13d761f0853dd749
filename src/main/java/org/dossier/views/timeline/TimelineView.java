package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.views.Dates;
import org.dossier.views.LinkView;
import org.dossier.views.ParagraphLinks;

/**
 * The view model of the timeline, for {@code timeline.mustache}: events grouped by year (or
 * decade) and month, every string ready to print, links relative to the page.
 *
 * @param root the relative prefix back to the site root
 * @param summary one sentence on what the timeline holds
 * @param periods the years and decades, earliest first
 * @param undated the events that could not be placed in time
 * @param hasUndated whether there are any
 * @param empty whether no article gives a date
 */
public record TimelineView(String root, String summary, List<PeriodView> periods, List<EventView> undated,
        boolean hasUndated, boolean empty) {

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

    /** The view of {@code timeline} for a page at {@code root}, linking paragraphs through {@code links}. */
    public static TimelineView of(Timeline timeline, String root, ParagraphLinks links) {
        Map<String, List<TimelineEvent>> byPeriod = new LinkedHashMap<>();
        for (TimelineEvent event : timeline.dated()) {
            byPeriod.computeIfAbsent(event.when().orElseThrow().period(), k -> new ArrayList<>()).add(event);
        }
        List<PeriodView> periods = new ArrayList<>();
        for (Map.Entry<String, List<TimelineEvent>> period : byPeriod.entrySet()) {
            List<EventView> general = new ArrayList<>();
            Map<String, List<EventView>> months = new LinkedHashMap<>();
            for (TimelineEvent event : period.getValue()) {
                TimePoint when = event.when().orElseThrow();
                EventView view = event(event, root, links, MAX_SOURCES, true);
                if (when.precision().compareTo(Precision.MONTH) >= 0) {
                    months.computeIfAbsent(Dates.monthLabel(when.start()), k -> new ArrayList<>())
                            .add(view);
                } else {
                    general.add(view);
                }
            }
            periods.add(new PeriodView("period-" + period.getKey(), period.getKey(), general,
                    months.entrySet().stream().map(m -> new MonthView(m.getKey(), m.getValue())).toList()));
        }
        List<EventView> undated = timeline.undated().stream()
                .map(e -> event(e, root, links, MAX_SOURCES, true)).toList();
        int count = timeline.dated().size();
        String summary = count + (count == 1 ? " dated event" : " dated events") + " from the articles, earliest first; "
                + undated.size() + " more whose date could not be resolved.";
        return new TimelineView(root, summary, periods, undated, !undated.isEmpty(), count + undated.size() == 0);
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
                event.when().map(w -> w.start().toString()).orElse(""), event.lead().sentence(),
                withEntities ? LinkView.ofEntities(event.entities(), root) : List.of(),
                withEntities && !event.entities().isEmpty(), sources,
                event.sources().size() > maxSources ? "and " + (event.sources().size() - maxSources) + " more" : "",
                event.articles() > 1 ? "reported by " + event.articles() + " articles" : "");
    }
}
