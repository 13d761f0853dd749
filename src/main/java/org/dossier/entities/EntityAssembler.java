package org.dossier.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dossier.parallel.Parallel;
import org.dossier.text.Slugs;

/**
 * Turns resolved findings into entities: one per kind and key, named by its most frequent full
 * form (ties to the alphabetically first), with an id {@code KIND/SLUG} handed out in name order so
 * ids are stable from build to build.
 */
final class EntityAssembler {

    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");

    /**
     * The entities of {@code resolved}, which is emptied as it is read: a large dossier's resolved
     * findings are let go as their entities are made. {@code blocks} gives each article's blocks,
     * and {@code sentences} the sentences of those blocks, by article id.
     */
    List<Entity> assemble(List<Resolved> resolved, SortedMap<String, List<TextBlock>> blocks,
            Map<String, BlockSentences> sentences) {
        Map<String, String> countryIds = new HashMap<>();
        List<Draft> drafts = drafts(resolved, countryIds);
        // Ids are handed out above; writing out each entity's mentions depends on that entity
        // alone, but for the sentences of each block, cut once whichever entity asks first.
        Map<String, Source> sources = Source.of(blocks, sentences);
        return Parallel.map(drafts, draft -> draft.toEntity(sources, countryIds));
    }

    /**
     * The drafts of {@code resolved}, emptying it, with their ids; the id of each country by its
     * name goes into {@code countryIds}.
     */
    private static List<Draft> drafts(List<Resolved> resolved, Map<String, String> countryIds) {
        // Hashed, not sorted: the drafts of each kind are sorted by name and key below, a total order.
        Map<EntityKind, Map<String, List<Resolved>>> groups = new EnumMap<>(EntityKind.class);
        for (Resolved r : resolved) {
            groups.computeIfAbsent(r.kind(), k -> new HashMap<>()).computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        resolved.clear();
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<EntityKind, Map<String, List<Resolved>>> kind : groups.entrySet()) {
            // Named in parallel, then sorted: the order of the drafts is their names' and keys'.
            List<Draft> ofKind = new ArrayList<>(Parallel.map(List.copyOf(kind.getValue().entrySet()),
                    group -> new Draft(kind.getKey(), group.getKey(), name(group.getValue()), group.getValue())));
            ofKind.sort(Comparator.comparing(Draft::name).thenComparing(Draft::key));
            Slugs slugs = new Slugs();
            for (Draft draft : ofKind) {
                draft.id = kind.getKey().id() + "/" + slugs.unique(draft.name, kind.getKey().id());
                if (kind.getKey() == EntityKind.COUNTRY) {
                    countryIds.put(draft.name, draft.id);
                }
            }
            drafts.addAll(ofKind);
        }
        return drafts;
    }

    private static String name(List<Resolved> mentions) {
        String canonical = null;
        for (Resolved r : mentions) {
            String name = r.canonical().orElse(null);
            if (name != null && (canonical == null || name.compareTo(canonical) < 0)) {
                canonical = name;
            }
        }
        if (canonical != null) {
            return canonical;
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Resolved r : mentions) {
            if (r.form() == Finding.Form.FULL) {
                counts.merge(withoutLeadingThe(r.surface()), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            mentions.forEach(r -> counts.merge(r.surface(), 1, Integer::sum));
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            // Ties go to the longer form ("International Crisis Group"), then to the alphabetically first.
            if (entry.getValue() > most || entry.getValue() == most && entry.getKey().length() > best.length()) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
    }

    private static String withoutLeadingThe(String surface) {
        // Most names do not start with "the": the pattern runs only for those that may.
        return surface.regionMatches(true, 0, "the", 0, 3) ? LEADING_THE.matcher(surface).replaceFirst("") : surface;
    }

    /** An entity before its mentions are written out. */
    private static final class Draft {
        private final EntityKind kind;
        private final String key;
        private final String name;
        /** The resolved findings, until the entity is made of them. */
        private List<Resolved> mentions;
        private String id;

        Draft(EntityKind kind, String key, String name, List<Resolved> mentions) {
            this.kind = kind;
            this.key = key;
            this.name = name;
            this.mentions = mentions;
        }

        String name() {
            return name;
        }

        String key() {
            return key;
        }

        Entity toEntity(Map<String, Source> sources, Map<String, String> countryIds) {
            List<Located> located = new ArrayList<>(mentions.size());
            Source source = null;
            for (Resolved r : mentions) {
                // An entity's mentions come article by article: the article is looked up once per run.
                if (source == null || !source.article().equals(r.article())) {
                    source = sources.get(r.article());
                }
                located.add(new Located(r, source, source.position(r.block()), r.start()));
            }
            located.sort(Located.READING_ORDER);
            List<Mention> out = new ArrayList<>(located.size());
            Set<String> surfaces = new HashSet<>();
            String surface = null;
            String country = null;
            Located previous = null;
            Sentence sentence = null;
            for (Located l : located) {
                Resolved r = l.resolved();
                // Surfaces are kept one string per text, and an entity's mentions mostly repeat the last one.
                if (r.surface() != surface) {
                    surface = r.surface();
                    surfaces.add(surface);
                }
                // Mentions in one sentence follow each other: the sentence is found once.
                if (previous == null || previous.source() != l.source() || previous.block() != l.block()
                        || r.start() >= sentence.end()) {
                    sentence = l.source().sentences().around(l.block(), r.start());
                }
                out.add(new Mention(r.article(), new Span(r.block(), r.start(), r.end(), surface), r.evidence(), sentence));
                String countryId = r.country().map(countryIds::get).orElse(null);
                if (countryId != null && (country == null || countryId.compareTo(country) < 0)) {
                    country = countryId;
                }
                previous = l;
            }
            mentions = null;
            return new Entity(id, kind, name, new TreeSet<>(surfaces), out, Optional.empty(), Optional.ofNullable(country));
        }
    }

    /**
     * One article as its entities' mentions are written out: its place in the order of ids, the
     * ids of its blocks, and their sentences.
     *
     * @param article the article id
     * @param order the place of the article among the articles sorted by id
     * @param blocks the ids of the article's blocks, in reading order
     * @param distinct whether no two of those blocks share an id
     * @param sentences the sentences of those blocks
     */
    private record Source(String article, int order, String[] blocks, boolean distinct, BlockSentences sentences) {

        /** The source of every article of {@code blocks}, sorted by id, with its sentences from {@code sentences}. */
        static Map<String, Source> of(SortedMap<String, List<TextBlock>> blocks, Map<String, BlockSentences> sentences) {
            Map<String, Source> sources = new HashMap<>();
            blocks.forEach((article, list) -> {
                String[] ids = list.stream().map(TextBlock::id).toArray(String[]::new);
                boolean distinct = Arrays.stream(ids).distinct().count() == ids.length;
                sources.put(article, new Source(article, sources.size(), ids, distinct, sentences.get(article)));
            });
            return sources;
        }

        /** The position of the first block with id {@code block}; a block the article does not have stands past its end. */
        int position(String block) {
            if (distinct) {
                // A finding names its block by the block's own id string: references are compared before text.
                for (int i = 0; i < blocks.length; i++) {
                    if (blocks[i] == block) {
                        return i;
                    }
                }
            }
            for (int i = 0; i < blocks.length; i++) {
                if (blocks[i].equals(block)) {
                    return i;
                }
            }
            return blocks.length;
        }
    }

    /** A resolved finding with its article's source, the position of its block and its offset there. */
    private record Located(Resolved resolved, Source source, int block, int start) {
        /** By article id, then block, then offset: the order mentions are written out in. */
        static final Comparator<Located> READING_ORDER = (a, b) -> {
            int byArticle = Integer.compare(a.source().order(), b.source().order());
            if (byArticle != 0) {
                return byArticle;
            }
            int byBlock = Integer.compare(a.block(), b.block());
            return byBlock != 0 ? byBlock : Integer.compare(a.start(), b.start());
        };
    }
}
