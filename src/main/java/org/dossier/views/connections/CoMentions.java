package org.dossier.views.connections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        Map<String, TreeSet<String>> namedIn = new LinkedHashMap<>();
        articlesOf.forEach((id, articles) -> articles.forEach(a -> namedIn.computeIfAbsent(a, k -> new TreeSet<>()).add(id)));
        Map<String, List<ArticleRef>> together = new LinkedHashMap<>();
        for (LinkedArticle article : dossier.articles()) {
            List<String> named = List.copyOf(namedIn.getOrDefault(article.id(), new TreeSet<>()));
            ArticleRef ref = ArticleRef.of(article);
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    together.computeIfAbsent(named.get(i) + "\n" + named.get(j), k -> new ArrayList<>()).add(ref);
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        articlesOf.forEach((id, articles) -> counts.put(id, articles.size()));
        List<CoMention> pairs = new ArrayList<>();
        together.forEach((key, articles) -> {
            String[] ids = key.split("\n");
            double strength = articles.size() / Math.sqrt((double) counts.get(ids[0]) * counts.get(ids[1]));
            pairs.add(new CoMention(entities.get(ids[0]), entities.get(ids[1]), articles, strength));
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
