package org.dossier.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dossier.entities.Entity;
import org.dossier.entities.Mention;

/**
 * Which articles name which entities, both ways, with articles and entities numbered in id order
 * so that posting lists are plain sorted int arrays and ties by number are ties by id.
 *
 * <p>Immutable once built.
 */
final class MentionIndex {

    private final List<String> articleIds;
    private final List<Entity> entities;
    private final int[][] articlesOfEntity;
    private final int[][] entitiesOfArticle;

    private MentionIndex(List<String> articleIds, List<Entity> entities, int[][] articlesOfEntity) {
        this.articleIds = articleIds;
        this.entities = entities;
        this.articlesOfEntity = articlesOfEntity;
        this.entitiesOfArticle = invert(articlesOfEntity, articleIds.size());
    }

    /**
     * The index of {@code entities} over the articles {@code articleIds}; mentions of other
     * articles are ignored, and so are entities no such article names. An article names an
     * entity when it mentions it other than in a credit ({@link Mention#credit()}): an editor
     * who edited two articles does not make them related.
     */
    static MentionIndex of(Collection<String> articleIds, List<Entity> entities) {
        List<String> articles = List.copyOf(new TreeSet<>(articleIds));
        Map<String, Integer> numbers = new HashMap<>();
        for (String id : articles) {
            numbers.put(id, numbers.size());
        }
        List<Entity> named = new ArrayList<>();
        List<int[]> postings = new ArrayList<>();
        for (Entity entity : entities.stream().sorted(Comparator.comparing(Entity::id)).toList()) {
            int[] posting = entity.mentions().stream()
                    .filter(mention -> !mention.credit())
                    .map(Mention::article)
                    .filter(numbers::containsKey)
                    .mapToInt(numbers::get)
                    .sorted()
                    .distinct()
                    .toArray();
            if (posting.length > 0) {
                named.add(entity);
                postings.add(posting);
            }
        }
        return new MentionIndex(articles, List.copyOf(named), postings.toArray(int[][]::new));
    }

    private static int[][] invert(int[][] postings, int articleCount) {
        int[] sizes = new int[articleCount];
        for (int[] posting : postings) {
            for (int article : posting) {
                sizes[article]++;
            }
        }
        int[][] inverted = new int[articleCount][];
        for (int a = 0; a < articleCount; a++) {
            inverted[a] = new int[sizes[a]];
        }
        int[] filled = new int[articleCount];
        // Entities are visited in number order, so each article's list comes out sorted.
        for (int e = 0; e < postings.length; e++) {
            for (int article : postings[e]) {
                inverted[article][filled[article]++] = e;
            }
        }
        return inverted;
    }

    int articleCount() {
        return articleIds.size();
    }

    int entityCount() {
        return entities.size();
    }

    String articleId(int article) {
        return articleIds.get(article);
    }

    Entity entity(int entity) {
        return entities.get(entity);
    }

    /** The number of {@code entityId}, or -1 when no indexed article names it. */
    int entityNumber(String entityId) {
        int low = 0;
        int high = entities.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int comparison = entities.get(middle).id().compareTo(entityId);
            if (comparison == 0) {
                return middle;
            } else if (comparison < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** The articles naming an entity, ascending; the caller must not modify the array. */
    int[] articlesOf(int entity) {
        return articlesOfEntity[entity];
    }

    /** The entities an article names, ascending; the caller must not modify the array. */
    int[] entitiesOf(int article) {
        return entitiesOfArticle[article];
    }

    /**
     * The articles naming both entities, ascending. Walks the shorter list and searches the
     * longer, so pairing a rare entity with a very common one costs the rare one's length.
     */
    int[] articlesOfBoth(int first, int second) {
        int[] shorter = articlesOfEntity[first];
        int[] longer = articlesOfEntity[second];
        if (shorter.length > longer.length) {
            int[] swap = shorter;
            shorter = longer;
            longer = swap;
        }
        int[] both = new int[shorter.length];
        int n = 0;
        int from = 0;
        for (int article : shorter) {
            int found = Arrays.binarySearch(longer, from, longer.length, article);
            if (found >= 0) {
                both[n++] = article;
                from = found + 1;
            } else {
                from = -found - 1;
            }
        }
        return Arrays.copyOf(both, n);
    }
}
