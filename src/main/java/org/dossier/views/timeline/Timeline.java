package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.markdown.Block;
import org.dossier.views.ArticleRef;
import org.dossier.views.ArticleTexts;
import org.dossier.views.EntityRef;

/**
 * The dated events of a dossier, in time order, each once.
 *
 * <p>Every date expression in a body paragraph (not a heading) makes an event of its sentence;
 * the event names the people, countries, places and organisations mentioned in the date's clause
 * (or, when the clause names none, in the whole sentence).
 * One sentence with one period is one event. Reports from different articles are one event when
 * they resolve to the same period and name at least two of the same entities, one of them not a
 * country (countries are named everywhere), or three when the period is coarser than a month: the
 * same meeting told by several outlets appears once, with all its sources. Reports in the same
 * words (syndicated copy) with the same period, or the same unresolved expression, are also one.
 *
 * <p>Immutable once built.
 */
public final class Timeline {

    /** Entities two reports must share to be taken for one event. */
    static final int SHARED_ENTITIES = 2;

    private static final Comparator<TimelineEvent> ORDER = Comparator
            .comparing((TimelineEvent e) -> e.when().orElseThrow())
            .thenComparing(e -> e.lead().article().title())
            .thenComparing(e -> e.lead().sentence());

    private static final Pattern CLAUSE_JOINT = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+|;\\s+|\\s+[\u2013\u2014]\\s+");

    private final List<TimelineEvent> dated;
    private final List<TimelineEvent> undated;

    private Timeline(List<TimelineEvent> dated, List<TimelineEvent> undated) {
        this.dated = List.copyOf(dated);
        this.undated = List.copyOf(undated);
    }

    /** The timeline of {@code dossier}. */
    public static Timeline of(LinkedDossier dossier) {
        EventFinder finder = new EventFinder();
        Map<String, List<Placed>> placed = placedMentions(dossier);
        List<TimelineEvent> reports = new ArrayList<>();
        for (LinkedArticle article : dossier.articles()) {
            ArticleRef ref = ArticleRef.of(article);
            for (Block block : article.blocks()) {
                if (!block.heading()) {
                    reports.addAll(events(finder, ref, block,
                            placed.getOrDefault(article.id() + "\n" + block.id(), List.of())));
                }
            }
        }
        List<TimelineEvent> dated = merge(reports.stream().filter(e -> e.when().isPresent()).toList());
        List<TimelineEvent> undated = sameWords(reports.stream().filter(e -> e.when().isEmpty()).toList());
        return new Timeline(dated.stream().sorted(ORDER).toList(), undated);
    }

    /** The events placed in time, earliest first. */
    public List<TimelineEvent> dated() {
        return dated;
    }

    /** The events whose date could not be resolved, in reading order. */
    public List<TimelineEvent> undated() {
        return undated;
    }

    /** The events that name entity {@code id}: dated ones in time order, then undated ones. */
    public List<TimelineEvent> eventsOf(String id) {
        return Stream.concat(dated.stream(), undated.stream()).filter(e -> e.names(id)).toList();
    }

    /** An entity mentioned at an offset of a block. */
    private record Placed(EntityRef entity, int start) {}

    /** The non-figure mentions of every block, keyed by article id and block id, read once. */
    private static Map<String, List<Placed>> placedMentions(LinkedDossier dossier) {
        Map<String, List<Placed>> placed = new HashMap<>();
        for (Entity entity : dossier.catalog().entities()) {
            if (entity.kind() == EntityKind.FIGURE) {
                continue;
            }
            EntityRef ref = EntityRef.of(entity);
            for (Mention mention : entity.mentions()) {
                placed.computeIfAbsent(mention.article() + "\n" + mention.span().block(), k -> new ArrayList<>())
                        .add(new Placed(ref, mention.span().start()));
            }
        }
        return placed;
    }

    private static List<TimelineEvent> events(EventFinder finder, ArticleRef article, Block block, List<Placed> named) {
        List<TimelineEvent> events = new ArrayList<>();
        String text = block.text();
        for (DateMention mention : finder.find(text, article.published())) {
            int[] bounds = ArticleTexts.sentenceBounds(text, mention.start());
            String sentence = text.substring(bounds[0], bounds[1]).strip();
            boolean repeated = events.stream().anyMatch(e -> e.lead().sentence().equals(sentence)
                    && e.when().equals(mention.when()));
            if (repeated) {
                continue;
            }
            EventSource source = new EventSource(article, block.id(), mention.text(), sentence, mention.explanation());
            List<EntityRef> entities = entitiesIn(named, clause(text, bounds, mention.start()));
            if (entities.isEmpty()) {
                entities = entitiesIn(named, bounds);
            }
            events.add(new TimelineEvent(mention.when(), List.of(source), entities));
        }
        return events;
    }

    /**
     * The bounds of the clause of the sentence that holds {@code offset}: clauses joined by
     * {@code , and}, {@code , but}, {@code , while}, a semicolon or a dash tell of different
     * events ({@code Kim visited Vladivostok in 2023, and Putin visited Pyongyang in June}).
     */
    private static int[] clause(String text, int[] sentence, int offset) {
        Matcher joint = CLAUSE_JOINT.matcher(text).region(sentence[0], sentence[1]);
        int start = sentence[0];
        int end = sentence[1];
        while (joint.find()) {
            if (joint.end() <= offset) {
                start = joint.end();
            } else if (joint.start() >= offset) {
                end = joint.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    private static List<EntityRef> entitiesIn(List<Placed> named, int[] bounds) {
        return named.stream()
                .filter(p -> p.start() >= bounds[0] && p.start() < bounds[1])
                .map(Placed::entity)
                .distinct()
                .sorted(Comparator.comparing(EntityRef::name).thenComparing(EntityRef::id))
                .toList();
    }

    /**
     * Merges reports of the same event. Only events of the same period that share a non-country
     * entity can merge, so candidates are found through an index by period and entity rather than
     * by comparing every pair.
     */
    private static List<TimelineEvent> merge(List<TimelineEvent> reports) {
        List<TimelineEvent> merged = new ArrayList<>();
        Map<String, List<Integer>> byPeriodAndEntity = new HashMap<>();
        for (TimelineEvent report : reports) {
            String period = report.when().orElseThrow().toString();
            TreeSet<Integer> candidates = new TreeSet<>(
                    byPeriodAndEntity.getOrDefault(period + "|" + report.lead().sentence(), List.of()));
            for (EntityRef entity : report.entities()) {
                if (entity.kind() != EntityKind.COUNTRY) {
                    candidates.addAll(byPeriodAndEntity.getOrDefault(period + "|" + entity.id(), List.of()));
                }
            }
            Optional<Integer> same = candidates.stream().filter(i -> sameEvent(merged.get(i), report)).findFirst();
            int index;
            if (same.isPresent()) {
                index = same.get();
                merged.set(index, combine(merged.get(index), report));
            } else {
                index = merged.size();
                merged.add(report);
            }
            List<String> keys = new ArrayList<>();
            keys.add(period + "|" + report.lead().sentence());
            merged.get(index).entities().forEach(e -> keys.add(period + "|" + e.id()));
            for (String key : keys) {
                List<Integer> indexed = byPeriodAndEntity.computeIfAbsent(key, k -> new ArrayList<>());
                if (indexed.isEmpty() || indexed.get(indexed.size() - 1) != index) {
                    indexed.add(index);
                }
            }
        }
        return merged;
    }

    private static boolean sameEvent(TimelineEvent a, TimelineEvent b) {
        if (!a.when().equals(b.when())) {
            return false;
        }
        boolean otherArticle = a.sources().stream().noneMatch(s -> s.article().id().equals(b.lead().article().id()));
        if (otherArticle && a.sources().stream().anyMatch(s -> s.sentence().equals(b.lead().sentence()))) {
            return true;
        }
        List<EntityRef> shared = a.entities().stream().filter(e -> b.names(e.id())).toList();
        boolean coarse = a.when().orElseThrow().precision().compareTo(Precision.MONTH) < 0;
        boolean notOnlyCountries = shared.stream().anyMatch(e -> e.kind() != EntityKind.COUNTRY);
        return otherArticle && notOnlyCountries && shared.size() >= SHARED_ENTITIES + (coarse ? 1 : 0);
    }

    /** Unresolved reports in the same words with the same date expression (syndicated copy) as one. */
    private static List<TimelineEvent> sameWords(List<TimelineEvent> reports) {
        Map<String, TimelineEvent> once = new LinkedHashMap<>();
        for (TimelineEvent report : reports) {
            once.merge(report.lead().expression() + "\n" + report.lead().sentence(), report, Timeline::combine);
        }
        return List.copyOf(once.values());
    }

    private static TimelineEvent combine(TimelineEvent a, TimelineEvent b) {
        List<EventSource> sources = new ArrayList<>(a.sources());
        sources.addAll(b.sources());
        TreeMap<String, EntityRef> entities = new TreeMap<>();
        Stream.concat(a.entities().stream(), b.entities().stream()).forEach(e -> entities.putIfAbsent(e.id(), e));
        List<EntityRef> byName = entities.values().stream()
                .sorted(Comparator.comparing(EntityRef::name).thenComparing(EntityRef::id)).toList();
        return new TimelineEvent(a.when(), sources, byName);
    }
}
