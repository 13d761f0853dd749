package org.dossier.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.entities.Entity;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.markdown.Block;
import org.dossier.parallel.Parallel;

/**
 * What the browser searches: every article's title and text blocks, and every entity's names with
 * the articles that name it. Built once per site; the browser builds its term index from it, so
 * the shipped file holds each text once and nothing derived.
 *
 * @param articles the articles, in reading order
 * @param entities the entities, sorted by id
 */
public record SearchIndex(List<Doc> articles, List<Name> entities) {

    public SearchIndex {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
    }

    /**
     * An article as the search sees it.
     *
     * @param url the page, relative to the site root
     * @param title the title
     * @param meta a line under the title in results: source and date, or empty
     * @param blocks the searchable text blocks: the standfirst, then the body blocks
     */
    public record Doc(String url, String title, String meta, List<Block> blocks) {

        public Doc {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * An entity as the search sees it.
     *
     * @param url the entity page, relative to the site root
     * @param name the canonical name
     * @param kind the kind's id, e.g. {@code person}
     * @param aliases the other surface forms, sorted
     * @param articles the positions in {@link SearchIndex#articles()} of the articles naming it,
     *     ascending
     */
    public record Name(String url, String name, String kind, List<String> aliases, List<Integer> articles) {

        public Name {
            aliases = List.copyOf(aliases);
            articles = List.copyOf(articles);
        }
    }

    /** The index of {@code dossier}. */
    public static SearchIndex of(LinkedDossier dossier) {
        List<Doc> docs = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (LinkedArticle article : dossier.articles()) {
            positions.put(article.id(), docs.size());
            docs.add(doc(article));
        }
        List<Name> names = Parallel.map(dossier.catalog().entities(), entity -> name(entity, positions));
        return new SearchIndex(docs, names);
    }

    private static Doc doc(LinkedArticle linked) {
        Article article = linked.article();
        List<Block> blocks = new ArrayList<>();
        article.standfirst().ifPresent(text -> blocks.add(new Block("", false, text)));
        linked.blocks().stream().filter(b -> !b.text().isBlank()).forEach(blocks::add);
        return new Doc(linked.url(), article.title(), meta(article), blocks);
    }

    private static String meta(Article article) {
        List<String> parts = new ArrayList<>();
        article.source().ifPresent(parts::add);
        article.published().map(Object::toString).ifPresent(parts::add);
        return String.join(" \u00b7 ", parts);
    }

    private static Name name(Entity entity, Map<String, Integer> positions) {
        List<String> aliases = entity.aliases().stream().filter(a -> !a.equals(entity.name())).toList();
        List<Integer> articles = entity.mentions().stream()
                .map(Mention::article)
                .map(id -> Optional.ofNullable(positions.get(id)))
                .flatMap(Optional::stream)
                .distinct()
                .sorted()
                .toList();
        return new Name(entity.url(), entity.name(), entity.kind().id(), aliases, articles);
    }
}
