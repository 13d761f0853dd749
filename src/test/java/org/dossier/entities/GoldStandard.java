package org.dossier.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hand annotations of test clippings (see {@code src/test/resources/entities/gold/README.md}) and
 * the precision and recall of a catalog against them, per kind, at two levels: entities (the set
 * of article, kind and entity) and mentions (the set of article, kind, entity and surface form).
 *
 * <p>An extracted entity counts as the annotated entity its mentions' surface forms point to most
 * often (by article, kind and surface); one that points to none is a false entity.
 */
final class GoldStandard {

    static final List<EntityKind> KINDS = List.of(EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.PLACE,
            EntityKind.ORGANISATION);

    /** One annotation line: an entity's surface form in an article. */
    record Annotation(String article, EntityKind kind, String entity, String surface) {}

    /** Counts for one kind at one level. */
    record Score(int truePositives, int predicted, int expected) {
        double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }
    }

    /** The scores of a catalog, per kind. */
    record Report(Map<EntityKind, Score> entities, Map<EntityKind, Score> mentions, Set<String> falsePositives,
            Set<String> misses) {

        String table(String title) {
            StringBuilder out = new StringBuilder(title).append('\n');
            out.append(String.format(Locale.ROOT, "%-13s %22s %22s%n", "kind", "entities P / R (n)", "mentions P / R (n)"));
            for (EntityKind kind : KINDS) {
                Score e = entities.get(kind);
                Score m = mentions.get(kind);
                out.append(String.format(Locale.ROOT, "%-13s %6.3f / %5.3f (%3d)   %6.3f / %5.3f (%3d)%n", kind.id(),
                        e.precision(), e.recall(), e.expected(), m.precision(), m.recall(), m.expected()));
            }
            return out.toString();
        }
    }

    private final List<Annotation> annotations;

    private GoldStandard(List<Annotation> annotations) {
        this.annotations = List.copyOf(annotations);
    }

    /** The annotations of {@code article} in resource {@code path}, added to these. */
    static GoldStandard read(Map<String, String> articleToResource) {
        List<Annotation> all = new java.util.ArrayList<>();
        articleToResource.forEach((article, path) -> {
            for (String line : lines(path)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                all.add(new Annotation(article, EntityKind.valueOf(f[0].toUpperCase(Locale.ROOT)), f[1], f[2]));
            }
        });
        return new GoldStandard(all);
    }

    /** How {@code catalog} compares with the annotations. */
    Report score(EntityCatalog catalog) {
        Map<String, String> entityOf = new HashMap<>();
        for (Annotation a : annotations) {
            entityOf.put(a.article() + "|" + a.kind() + "|" + a.surface(), a.entity());
        }
        Set<String> predictedEntities = new TreeSet<>();
        Set<String> predictedMentions = new TreeSet<>();
        for (Entity entity : catalog.entities()) {
            if (!KINDS.contains(entity.kind())) {
                continue;
            }
            Map<String, Integer> votes = new TreeMap<>();
            for (Mention m : entity.mentions()) {
                String gold = entityOf.get(m.article() + "|" + entity.kind() + "|" + m.span().text());
                if (gold != null) {
                    votes.merge(gold, 1, Integer::sum);
                }
            }
            String mapped = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse("(false) " + entity.name());
            for (Mention m : entity.mentions()) {
                predictedEntities.add(m.article() + "|" + entity.kind() + "|" + mapped);
                predictedMentions.add(m.article() + "|" + entity.kind() + "|" + mapped + "|" + m.span().text());
            }
        }
        Set<String> goldEntities = new TreeSet<>();
        Set<String> goldMentions = new TreeSet<>();
        for (Annotation a : annotations) {
            goldEntities.add(a.article() + "|" + a.kind() + "|" + a.entity());
            goldMentions.add(a.article() + "|" + a.kind() + "|" + a.entity() + "|" + a.surface());
        }
        Set<String> falsePositives = new TreeSet<>(predictedMentions);
        falsePositives.removeAll(goldMentions);
        Set<String> misses = new TreeSet<>(goldMentions);
        misses.removeAll(predictedMentions);
        return new Report(count(predictedEntities, goldEntities), count(predictedMentions, goldMentions),
                falsePositives, misses);
    }

    private static Map<EntityKind, Score> count(Set<String> predicted, Set<String> gold) {
        Map<EntityKind, Score> scores = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : KINDS) {
            String tag = "|" + kind + "|";
            Set<String> p = new TreeSet<>(predicted.stream().filter(s -> s.contains(tag)).toList());
            Set<String> g = new TreeSet<>(gold.stream().filter(s -> s.contains(tag)).toList());
            Set<String> both = new TreeSet<>(p);
            both.retainAll(g);
            scores.put(kind, new Score(both.size(), p.size(), g.size()));
        }
        return scores;
    }

    private static List<String> lines(String path) {
        try {
            return Files.readAllLines(Path.of(GoldStandard.class.getResource("/" + path).toURI()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
