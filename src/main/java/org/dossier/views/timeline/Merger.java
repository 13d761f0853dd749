package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.entities.EntityKind;
import org.dossier.views.EntityRef;

/**
 * Merges the timeline's reports of one event into one, as {@link Timeline} says when reports are
 * one event: dated reports period by period, unresolved ones by their words.
 */
final class Merger {

    /** Entities two reports must share to be taken for one event. */
    static final int SHARED_ENTITIES = 2;

    private Merger() {}

    /**
     * Merges reports of the same event. Only reports of the same period can be one event, so
     * each period merges on its own, the periods in parallel, and the events keep the order of
     * their first reports, as one pass over every report would give them.
     */
    static List<TimelineEvent> merge(List<TimelineEvent> reports) {
        Map<TimePoint, List<Integer>> byPeriod = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byPeriod.computeIfAbsent(reports.get(i).when().orElseThrow(), k -> new ArrayList<>()).add(i);
        }
        return byPeriod.values().parallelStream()
                .flatMap(period -> mergePeriod(reports, period).stream())
                .sorted(Comparator.comparingInt(Merging::firstReport))
                .map(Merging::event)
                .toList();
    }

    /**
     * Merges the reports of one period, given by their indexes in {@code reports}, in that
     * order. Only events that share a non-country entity (or a sentence) can merge, so candidates
     * are found through an index by entity rather than by comparing every pair; each report
     * joins the earliest candidate that is the same event. Each key lists its events in
     * ascending order, so a list is read only up to the earliest match found so far. Events grow
     * in place while merging, so a report costs its own size, not the size of the event it joins.
     */
    private static List<Merging> mergePeriod(List<TimelineEvent> reports, List<Integer> period) {
        List<Merging> merged = new ArrayList<>();
        // Each key lists the events it reaches once: a sentence or a non-country entity joins an event's keys when the event gains it.
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int index : period) {
            TimelineEvent report = reports.get(index);
            List<List<Integer>> reached = new ArrayList<>();
            reached.add(byKey.getOrDefault(report.lead().sentence(), List.of()));
            for (EntityRef entity : report.entities()) {
                if (entity.kind() != EntityKind.COUNTRY) {
                    reached.add(byKey.getOrDefault(entity.id(), List.of()));
                }
            }
            int same = Integer.MAX_VALUE;
            for (List<Integer> events : reached) {
                for (int i = 0; i < events.size() && events.get(i) < same; i++) {
                    if (merged.get(events.get(i)).isSameEvent(report)) {
                        same = events.get(i);
                    }
                }
            }
            boolean joins = same != Integer.MAX_VALUE;
            int event = joins ? same : merged.size();
            List<String> gained = joins ? merged.get(same).add(report) : newEvent(merged, report, index);
            for (String key : gained) {
                List<Integer> events = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                events.add(-Collections.binarySearch(events, event) - 1, event);
            }
        }
        return merged;
    }

    /** Starts a merged event with {@code report}, report {@code index} of all; returns its keys, as {@link Merging#add} does. */
    private static List<String> newEvent(List<Merging> merged, TimelineEvent report, int index) {
        Merging event = new Merging(report, index);
        merged.add(event);
        return event.add(report);
    }

    /** Unresolved reports in the same words with the same date expression (syndicated copy) as one. */
    static List<TimelineEvent> sameWords(List<TimelineEvent> reports) {
        Map<String, Merging> once = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            TimelineEvent report = reports.get(i);
            int index = i;
            once.computeIfAbsent(report.lead().expression() + "\n" + report.lead().sentence(), k -> new Merging(report, index))
                    .add(report);
        }
        return once.values().stream().map(Merging::event).toList();
    }

    /**
     * An event while reports merge into it: its sources in order, and by id the entities any
     * report names (the first reference of an id kept), with the articles and sentences it has.
     */
    private static final class Merging {
        private final TimelineEvent first;
        private final int firstReport;
        private final List<EventSource> sources = new ArrayList<>();
        private final Set<String> articles = new HashSet<>();
        private final Set<String> sentences = new HashSet<>();
        private final Map<String, EntityRef> entities = new HashMap<>();

        Merging(TimelineEvent first, int firstReport) {
            this.first = first;
            this.firstReport = firstReport;
        }

        /** Where the first report stands among all reports. */
        int firstReport() {
            return firstReport;
        }

        /**
         * Adds the report's sources and entities; returns what the event did not have before and
         * the merge index keys: new sentences, then new entities other than countries, by id.
         */
        List<String> add(TimelineEvent report) {
            List<String> gained = new ArrayList<>();
            for (EventSource source : report.sources()) {
                sources.add(source);
                articles.add(source.article().id());
                if (sentences.add(source.sentence())) {
                    gained.add(source.sentence());
                }
            }
            for (EntityRef entity : report.entities()) {
                if (entities.putIfAbsent(entity.id(), entity) == null && entity.kind() != EntityKind.COUNTRY) {
                    gained.add(entity.id());
                }
            }
            return gained;
        }

        /**
         * Whether {@code report} tells this event: same period, from another article, and the
         * same sentence, or at least {@value #SHARED_ENTITIES} shared entities (three when the
         * period is coarser than a month), one of them not a country.
         */
        boolean isSameEvent(TimelineEvent report) {
            if (articles.contains(report.lead().article().id()) || !first.when().equals(report.when())) {
                return false;
            }
            if (sentences.contains(report.lead().sentence())) {
                return true;
            }
            // A report names each entity once (its references are distinct), so this counts ids.
            int shared = 0;
            boolean notOnlyCountries = false;
            for (EntityRef entity : report.entities()) {
                EntityRef known = entities.get(entity.id());
                if (known != null) {
                    shared++;
                    notOnlyCountries |= known.kind() != EntityKind.COUNTRY;
                }
            }
            boolean coarse = first.when().orElseThrow().precision().compareTo(Precision.MONTH) < 0;
            return notOnlyCountries && shared >= SHARED_ENTITIES + (coarse ? 1 : 0);
        }

        /** The event: the first report itself when nothing merged into it. */
        TimelineEvent event() {
            if (sources.size() == first.sources().size()) {
                return first;
            }
            List<EntityRef> byName = entities.values().stream()
                    .sorted(Comparator.comparing(EntityRef::name).thenComparing(EntityRef::id)).toList();
            return new TimelineEvent(first.when(), sources, byName, articles.size());
        }
    }
}
