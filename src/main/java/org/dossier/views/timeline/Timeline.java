package org.dossier.views.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.entities.Sentence;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.markdown.Block;
import org.dossier.parallel.Parallel;
import org.dossier.views.ArticleRef;
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

    private static final Comparator<TimelineEvent> ORDER = Comparator
            .comparing((TimelineEvent e) -> e.when().orElseThrow())
            .thenComparing(e -> e.lead().article().title())
            .thenComparing(e -> e.lead().sentence());

    private static final Comparator<EntityRef> BY_NAME = Comparator.comparing(EntityRef::name).thenComparing(EntityRef::id);

    private final List<TimelineEvent> dated;
    private final List<TimelineEvent> undated;
    private final Map<String, List<TimelineEvent>> byEntity;

    private Timeline(List<TimelineEvent> dated, List<TimelineEvent> undated) {
        this.dated = List.copyOf(dated);
        this.undated = List.copyOf(undated);
        Map<String, List<TimelineEvent>> index = new HashMap<>();
        Stream.concat(this.dated.stream(), this.undated.stream()).forEach(event -> event.entities().stream()
                .map(EntityRef::id).distinct()
                .forEach(id -> index.computeIfAbsent(id, k -> new ArrayList<>()).add(event)));
        this.byEntity = index;
    }

    /** The timeline of {@code dossier}. */
    public static Timeline of(LinkedDossier dossier) {
        return of(dossier, TimelineMemo.NONE);
    }

    /** The timeline of {@code dossier}, reading again only the blocks {@code memo} does not know. */
    public static Timeline of(LinkedDossier dossier, TimelineMemo memo) {
        EventFinder finder = new EventFinder();
        PlacedMentions placed = PlacedMentions.of(dossier.catalog());
        // Finding dates reads one article at a time, so articles run in parallel, kept in order.
        List<TimelineEvent> reports = Parallel.map(dossier.articles(),
                        article -> articleEvents(finder, article, placed.inArticle(article.id()), memo))
                .stream()
                .flatMap(List::stream)
                .toList();
        List<TimelineEvent> dated = Merger.merge(reports.stream().filter(e -> e.when().isPresent()).toList());
        List<TimelineEvent> undated = Merger.sameWords(reports.stream().filter(e -> e.when().isEmpty()).toList());
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
        return Collections.unmodifiableList(byEntity.getOrDefault(id, List.of()));
    }

    /** An entity mentioned at an offset of a block. */
    record Placed(EntityRef entity, int start) {}

    /** Everything the reports of one block are read from. */
    record BlockReading(ArticleRef article, Block block, List<Placed> named) {}

    private static List<TimelineEvent> articleEvents(
            EventFinder finder, LinkedArticle article, Map<String, List<Placed>> placed, TimelineMemo memo) {
        ArticleRef ref = ArticleRef.of(article);
        EventFinder.Session session = finder.session();
        List<TimelineEvent> events = new ArrayList<>();
        for (Block block : article.blocks()) {
            if (!block.heading()) {
                BlockReading reading = new BlockReading(ref, block, placed.getOrDefault(block.id(), List.of()));
                events.addAll(memo.events(reading, r -> events(session, r)));
            }
        }
        return events;
    }

    private static List<TimelineEvent> events(EventFinder.Session finder, BlockReading reading) {
        ArticleRef article = reading.article();
        Block block = reading.block();
        List<Placed> named = reading.named();
        BlockText blockText = new BlockText(block.text());
        List<DateMention> mentions = finder.find(blockText, article.published());
        if (mentions.isEmpty()) {
            return List.of();
        }
        String text = blockText.text();
        List<TimelineEvent> events = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (DateMention mention : mentions) {
            int[] bounds = blockText.sentenceAround(mention.start());
            Sentence sentence = Sentence.stripped(text, bounds[0], bounds[1]);
            if (!seen.add(List.of(sentence, mention.when()))) {
                continue;
            }
            EventSource source = new EventSource(article, block.id(), mention.text(), sentence, mention.explanation());
            List<EntityRef> entities = entitiesIn(named, Clauses.around(text, bounds, mention.start()));
            if (entities.isEmpty()) {
                entities = entitiesIn(named, bounds);
            }
            events.add(new TimelineEvent(mention.when(), List.of(source), entities, 1));
        }
        return List.copyOf(events);
    }

    /** The entities named within {@code bounds}, each once, by name then id. */
    private static List<EntityRef> entitiesIn(List<Placed> named, int[] bounds) {
        List<EntityRef> entities = new ArrayList<>();
        for (Placed placed : named) {
            if (placed.start() >= bounds[0] && placed.start() < bounds[1] && !entities.contains(placed.entity())) {
                entities.add(placed.entity());
            }
        }
        entities.sort(BY_NAME);
        return entities;
    }
}
