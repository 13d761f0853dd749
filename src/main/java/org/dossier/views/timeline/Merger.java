package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Sentence;
import org.dossier.parallel.Parallel;
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
        return Parallel.map(List.copyOf(byPeriod.values()), period -> mergePeriod(reports, period)).stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(Merging::firstReport))
                .map(Merging::event)
                .toList();
    }

    /**
     * Merges the reports of one period, given by their indexes in {@code reports}, in that
     * order: each report joins the earliest event it tells, or starts one. Only events that
     * share the report's sentence or an entity other than a country can be the same event, so
     * the candidates are read from the lists of events by sentence and by entity rather than by
     * comparing every pair. Events grow in place while merging, so a report costs its own size,
     * not the size of the event it joins.
     */
    private static List<Merging> mergePeriod(List<TimelineEvent> reports, List<Integer> period) {
        boolean coarse = reports.get(period.get(0)).when().orElseThrow().precision().compareTo(Precision.MONTH) < 0;
        int needed = SHARED_ENTITIES + (coarse ? 1 : 0);
        List<Merging> merged = new ArrayList<>();
        // An event joins the list of a sentence, or of an entity other than a country, when it gains it.
        Map<Sentence, EventList> bySentence = new HashMap<>();
        Map<String, EventList> byEntity = new HashMap<>();
        for (int index : period) {
            TimelineEvent report = reports.get(index);
            int same = earliestSame(merged, report, bySentence.get(report.lead().sentence()), byEntity, needed);
            int event = same >= 0 ? same : merged.size();
            if (same < 0) {
                merged.add(new Merging(report, index));
            }
            Gained gained = merged.get(event).add(report);
            for (Sentence sentence : gained.sentences()) {
                bySentence.computeIfAbsent(sentence, k -> new EventList()).insert(event);
            }
            for (String entity : gained.entities()) {
                byEntity.computeIfAbsent(entity, k -> new EventList()).insert(event);
            }
        }
        return merged;
    }

    /**
     * The earliest event of {@code merged} that {@code report} tells, or -1. The lists of the
     * events that hold its sentence ({@code sentence}, or null) and of those that hold each of its
     * entities other than countries are read together, in ascending order: so the first event
     * that is the same is the earliest, and how many entity lists hold an event is how many of
     * those entities it shares.
     */
    private static int earliestSame(List<Merging> merged, TimelineEvent report, EventList sentence,
            Map<String, EventList> byEntity, int needed) {
        List<EventList.Reader> entityEvents = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (EntityRef entity : report.entities()) {
            if (entity.kind() == EntityKind.COUNTRY) {
                countries.add(entity.id());
                continue;
            }
            EventList events = byEntity.get(entity.id());
            if (events != null) {
                entityEvents.add(events.reader());
            }
        }
        EventList.Reader sentenceEvents = sentence == null ? EventList.Reader.NONE : sentence.reader();
        while (true) {
            int next = sentenceEvents.next();
            for (EventList.Reader events : entityEvents) {
                next = Math.min(next, events.next());
            }
            if (next == Integer.MAX_VALUE) {
                return -1;
            }
            boolean sameSentence = sentenceEvents.skip(next);
            int shared = 0;
            for (EventList.Reader events : entityEvents) {
                shared += events.skip(next) ? 1 : 0;
            }
            if (merged.get(next).tells(report, sameSentence, shared, countries, needed)) {
                return next;
            }
        }
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

    /** The events that hold a sentence or an entity, by number, ascending. */
    private static final class EventList {
        private int[] events = new int[4];
        private int size;

        /** Adds {@code event}, which the list does not hold, in its place. */
        void insert(int event) {
            if (size == events.length) {
                events = Arrays.copyOf(events, size * 2);
            }
            int at = -Arrays.binarySearch(events, 0, size, event) - 1;
            System.arraycopy(events, at, events, at + 1, size - at);
            events[at] = event;
            size++;
        }

        Reader reader() {
            return new Reader(events, size);
        }

        /** Reads a list from its start. */
        static final class Reader {
            static final Reader NONE = new Reader(new int[0], 0);

            private final int[] events;
            private final int size;
            private int read;

            private Reader(int[] events, int size) {
                this.events = events;
                this.size = size;
            }

            /** The next event, or {@link Integer#MAX_VALUE} after the last. */
            int next() {
                return read < size ? events[read] : Integer.MAX_VALUE;
            }

            /** Moves past {@code event} if it is the next; returns whether it was. */
            boolean skip(int event) {
                if (read < size && events[read] == event) {
                    read++;
                    return true;
                }
                return false;
            }
        }
    }

    /** What an event did not have before a report joined it: its sentences, then its entities other than countries, by id. */
    private record Gained(List<Sentence> sentences, List<String> entities) {}

    /**
     * An event while reports merge into it: its sources in order, and by id the entities any
     * report names (the first reference of an id kept), with the articles and sentences it has.
     */
    private static final class Merging {
        private final TimelineEvent first;
        private final int firstReport;
        private final List<EventSource> sources = new ArrayList<>();
        private final Set<String> articles = new HashSet<>();
        private final Set<Sentence> sentences = new HashSet<>();
        private final Map<String, EntityRef> entities = new HashMap<>();

        Merging(TimelineEvent first, int firstReport) {
            this.first = first;
            this.firstReport = firstReport;
        }

        /** Where the first report stands among all reports. */
        int firstReport() {
            return firstReport;
        }

        /** Adds the report's sources and entities; returns what the event did not have before. */
        Gained add(TimelineEvent report) {
            List<Sentence> newSentences = new ArrayList<>();
            for (EventSource source : report.sources()) {
                sources.add(source);
                articles.add(source.article().id());
                if (sentences.add(source.sentence())) {
                    newSentences.add(source.sentence());
                }
            }
            List<String> newEntities = new ArrayList<>();
            for (EntityRef entity : report.entities()) {
                if (entities.putIfAbsent(entity.id(), entity) == null && entity.kind() != EntityKind.COUNTRY) {
                    newEntities.add(entity.id());
                }
            }
            return new Gained(newSentences, newEntities);
        }

        /**
         * Whether {@code report}, of the same period, tells this event, which holds the report's
         * sentence or not and {@code shared} of its entities other than countries: from another
         * article, and the same sentence, or {@code needed} shared entities, countries
         * ({@code countries}, by id) included, one of them not a country.
         */
        boolean tells(TimelineEvent report, boolean sameSentence, int shared, List<String> countries, int needed) {
            if (articles.contains(report.lead().article().id())) {
                return false;
            }
            if (sameSentence) {
                return true;
            }
            int all = shared;
            for (int i = 0; i < countries.size() && all < needed; i++) {
                all += entities.containsKey(countries.get(i)) ? 1 : 0;
            }
            return shared > 0 && all >= needed;
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
