package org.dossier.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Sentence;
import org.dossier.views.ArticleRef;
import org.dossier.views.EntityRef;
import org.junit.jupiter.api.Test;

/**
 * Merging as its definition reads: each report, in order, joins the earliest event it tells, or
 * starts one. Checked on random reports that share few articles, sentences and entities, so
 * that many are one event.
 */
class MergerTest {

    private static final List<TimePoint> PERIODS = List.of(TimePoint.day(LocalDate.of(2024, 6, 19)),
            TimePoint.month(2024, 6), TimePoint.year(2024, ""), TimePoint.decade(1970, "late"));

    @Test
    void eachReportJoinsTheEarliestEventItTells() {
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            List<TimelineEvent> reports = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                reports.add(report(random));
            }

            assertThat(Merger.merge(reports)).isEqualTo(byDefinition(reports));
        }
    }

    private static TimelineEvent report(Random random) {
        ArticleRef article = new ArticleRef("a" + random.nextInt(8), "A", Optional.empty(), Optional.empty());
        EventSource source = new EventSource(article, "p1", "then", Sentence.of("Sentence " + random.nextInt(6) + "."), "");
        Map<String, EntityRef> entities = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            boolean country = random.nextBoolean();
            String id = (country ? "country/c" : "person/p") + random.nextInt(country ? 3 : 6);
            entities.put(id, new EntityRef(id, country ? EntityKind.COUNTRY : EntityKind.PERSON, id, id + ".html"));
        }
        return new TimelineEvent(Optional.of(PERIODS.get(random.nextInt(PERIODS.size()))), List.of(source),
                List.copyOf(entities.values()), 1);
    }

    private static List<TimelineEvent> byDefinition(List<TimelineEvent> reports) {
        List<List<TimelineEvent>> events = new ArrayList<>();
        for (TimelineEvent report : reports) {
            events.stream().filter(event -> tells(event, report)).findFirst()
                    .ifPresentOrElse(event -> event.add(report), () -> events.add(new ArrayList<>(List.of(report))));
        }
        return events.stream().map(MergerTest::event).toList();
    }

    private static boolean tells(List<TimelineEvent> event, TimelineEvent report) {
        TimePoint when = report.when().orElseThrow();
        if (!event.get(0).when().orElseThrow().equals(when)
                || event.stream().anyMatch(r -> r.lead().article().id().equals(report.lead().article().id()))) {
            return false;
        }
        if (event.stream().anyMatch(r -> r.lead().sentence().equals(report.lead().sentence()))) {
            return true;
        }
        Set<String> known = event.stream().flatMap(r -> r.entities().stream()).map(EntityRef::id).collect(Collectors.toSet());
        List<EntityRef> shared = report.entities().stream().filter(e -> known.contains(e.id())).toList();
        int needed = when.precision().compareTo(Precision.MONTH) < 0 ? 3 : 2;
        return shared.size() >= needed && shared.stream().anyMatch(e -> e.kind() != EntityKind.COUNTRY);
    }

    private static TimelineEvent event(List<TimelineEvent> reports) {
        if (reports.size() == 1) {
            return reports.get(0);
        }
        Map<String, EntityRef> entities = new LinkedHashMap<>();
        reports.forEach(r -> r.entities().forEach(e -> entities.putIfAbsent(e.id(), e)));
        return new TimelineEvent(reports.get(0).when(), reports.stream().flatMap(r -> r.sources().stream()).toList(),
                entities.values().stream().sorted(Comparator.comparing(EntityRef::name).thenComparing(EntityRef::id)).toList(),
                (int) reports.stream().map(r -> r.lead().article().id()).distinct().count());
    }
}
