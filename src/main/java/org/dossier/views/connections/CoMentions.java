package org.dossier.views.connections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.views.ArticleRef;
import org.dossier.views.EntityRef;

/**
 * Every pair of people, countries, places and organisations that at least one article names
 * together, most shared articles first. Immutable once built.
 */
public final class CoMentions {

    /** The kinds of entity that take part; figures do not. */
    static final Set<EntityKind> KINDS = Set.of(EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.PLACE,
            EntityKind.ORGANISATION);

    /** Most shared articles first, then the stronger association, then by name. */
    static final Comparator<CoMention> ORDER = Comparator.comparingInt(CoMention::count).reversed()
            .thenComparing(Comparator.comparingDouble(CoMention::strength).reversed())
            .thenComparing(p -> p.first().name())
            .thenComparing(p -> p.second().name())
            .thenComparing(p -> p.first().id() + "|" + p.second().id());

    private final List<CoMention> pairs;
    private final Map<String, Integer> articleCounts;
    private final Map<String, EntityRef> entities;

    private CoMentions(List<CoMention> pairs, Map<String, Integer> articleCounts, Map<String, EntityRef> entities) {
        this.pairs = List.copyOf(pairs);
        this.articleCounts = Map.copyOf(articleCounts);
        this.entities = entities;
    }

    /** The co-mentions of {@code dossier}. */
    public static CoMentions of(LinkedDossier dossier) {
        Map<String, EntityRef> entities = new TreeMap<>();
        Map<String, Set<String>> articlesOf = new TreeMap<>();
        for (Entity entity : dossier.catalog().entities()) {
            if (KINDS.contains(entity.kind())) {
                entities.put(entity.id(), EntityRef.of(entity));
                articlesOf.put(entity.id(), new TreeSet<>(entity.mentions().stream().map(Mention::article).toList()));
            }
        }
        // Entities numbered in id order, so a pair is two ascending numbers packed in one long.
        List<String> ids = List.copyOf(articlesOf.keySet());
        Map<String, List<Integer>> namedIn = new HashMap<>();
        for (int e = 0; e < ids.size(); e++) {
            int number = e;
            articlesOf.get(ids.get(e)).forEach(a -> namedIn.computeIfAbsent(a, k -> new ArrayList<>()).add(number));
        }
        Map<Long, List<ArticleRef>> together = new HashMap<>();
        for (LinkedArticle article : dossier.articles()) {
            List<Integer> named = namedIn.getOrDefault(article.id(), List.of());
            ArticleRef ref = ArticleRef.of(article);
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    together.computeIfAbsent(((long) named.get(i) << 32) | named.get(j), k -> new ArrayList<>()).add(ref);
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        articlesOf.forEach((id, articles) -> counts.put(id, articles.size()));
        List<CoMention> pairs = new ArrayList<>();
        // ORDER is total, so the map's iteration order never shows in the sorted pairs.
        together.forEach((key, articles) -> {
            String first = ids.get((int) (key >>> 32));
            String second = ids.get((int) (key & 0xffffffffL));
            double strength = articles.size() / Math.sqrt((double) counts.get(first) * counts.get(second));
            pairs.add(new CoMention(entities.get(first), entities.get(second), articles, strength));
        });
        pairs.sort(ORDER);
        return new CoMentions(pairs, counts, entities);
    }

    /** Every pair, most shared articles first. */
    public List<CoMention> pairs() {
        return pairs;
    }

    /** How many articles name entity {@code id}. */
    public int articleCount(String id) {
        return articleCounts.getOrDefault(id, 0);
    }

    /** The entity {@code id}, if it takes part. */
    public Optional<EntityRef> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }
}
