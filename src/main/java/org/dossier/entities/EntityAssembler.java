package org.dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
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
        Map<String, String> countryIds = new TreeMap<>();
        List<Draft> drafts = drafts(resolved, countryIds);
        // Ids are handed out above; writing out each entity's mentions depends on that entity
        // alone, but for the sentences of each block, cut once whichever entity asks first.
        BlockPositions positions = new BlockPositions(blocks);
        return drafts.parallelStream().map(draft -> draft.toEntity(positions, countryIds, sentences)).toList();
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
            List<Draft> ofKind = new ArrayList<>(kind.getValue().entrySet().parallelStream()
                    .map(group -> new Draft(kind.getKey(), group.getKey(), name(group.getValue()), group.getValue()))
                    .toList());
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
        Optional<String> canonical = mentions.stream().map(Resolved::canonical).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        if (canonical.isPresent()) {
            return canonical.get();
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

        Entity toEntity(BlockPositions positions, Map<String, String> countryIds, Map<String, BlockSentences> sentences) {
            List<Located> located = new ArrayList<>();
            for (Resolved r : mentions) {
                located.add(new Located(r, positions.order(r.article()), positions.of(r.article(), r.block())));
            }
            located.sort(Located.READING_ORDER);
            List<Mention> out = new ArrayList<>();
            TreeSet<String> aliases = new TreeSet<>();
            for (Located l : located) {
                Resolved r = l.resolved();
                aliases.add(r.surface());
                out.add(new Mention(r.article(), new Span(r.block(), r.start(), r.end(), r.surface()), r.evidence(),
                        sentences.get(r.article()).around(l.block(), r.start())));
            }
            Optional<String> country = mentions.stream().map(Resolved::country).flatMap(Optional::stream)
                    .map(countryIds::get).filter(c -> c != null).min(Comparator.naturalOrder());
            mentions = null;
            return new Entity(id, kind, name, aliases, out, Optional.empty(), country);
        }
    }

    /**
     * The place of every article in the order of ids, and the position of every block of every
     * article in reading order, found once: a mention's article and block are looked up for each
     * of the dossier's mentions. A block an article does not have stands past its end.
     */
    private static final class BlockPositions {
        private final Map<String, Map<String, Integer>> positions = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, Integer> orders = new HashMap<>();

        /** {@code texts}: the blocks of each article, sorted by article id. */
        BlockPositions(SortedMap<String, List<TextBlock>> texts) {
            texts.forEach((article, blocks) -> {
                orders.put(article, orders.size());
                Map<String, Integer> byId = new HashMap<>();
                for (int i = 0; i < blocks.size(); i++) {
                    byId.putIfAbsent(blocks.get(i).id(), i);
                }
                positions.put(article, byId);
                counts.put(article, blocks.size());
            });
        }

        int of(String article, String block) {
            return positions.get(article).getOrDefault(block, counts.get(article));
        }

        /** The place of {@code article} among the articles sorted by id. */
        int order(String article) {
            return orders.get(article);
        }
    }

    /** A resolved finding with the place of its article among the ids and the position of its block. */
    private record Located(Resolved resolved, int article, int block) {
        /** By article id, then block, then offset: the order mentions are written out in. */
        static final Comparator<Located> READING_ORDER = (a, b) -> {
            int byArticle = Integer.compare(a.article(), b.article());
            if (byArticle != 0) {
                return byArticle;
            }
            int byBlock = Integer.compare(a.block(), b.block());
            return byBlock != 0 ? byBlock : Integer.compare(a.resolved().start(), b.resolved().start());
        };
    }
}
