package org.dossier.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.entities.Entity;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.text.TextParts;

/**
 * Writes {@code entities.json}: every article and every entity with its mentions per article, in
 * the shape the conventions fix. Arrays are sorted (articles and entities by id, mentions by
 * article then text) and each object stands on a line of its own, so the file is byte-identical
 * from build to build and diffs well.
 */
public final class EntitiesJson {

    /** The file's path in the site. */
    public static final String PATH = "entities.json";

    /**
     * The file's text for {@code dossier}, in parts to be joined (see {@link PageSink#write(String,
     * Iterable)}): the opening and the articles, then each entity's object after its separator,
     * then the closing. A large dossier's file is too long to hold as one string: each entity's
     * object is made on its own, as it is read.
     */
    public TextParts parts(LinkedDossier dossier) {
        Json json = new Json().raw("{").key("articles").raw("[");
        List<LinkedArticle> articles = dossier.articles().stream()
                .sorted(Comparator.comparing(LinkedArticle::id)).toList();
        for (int i = 0; i < articles.size(); i++) {
            json.raw(i == 0 ? "\n  " : ",\n  ");
            article(json, articles.get(i));
        }
        json.raw(articles.isEmpty() ? "],\n" : "\n],\n").key("entities").raw("[");
        // The catalog holds its entities by id.
        List<Entity> entities = dossier.catalog().entities();
        return new TextParts()
                .add(json.toString())
                .addSeparated(entities, EntitiesJson::entity, "\n  ", ",\n  ")
                .add(entities.isEmpty() ? "]}\n" : "\n]}\n");
    }

    private static void article(Json json, LinkedArticle linked) {
        Article a = linked.article();
        json.raw("{").key("id").string(linked.id())
                .raw(", ").key("file").string(a.file())
                .raw(", ").key("title").string(a.title())
                .raw(", ").key("url").string(linked.url())
                .raw(", ").key("source").string(a.source())
                .raw(", ").key("author").string(a.author())
                .raw(", ").key("published").string(a.published().map(Object::toString))
                .raw("}");
    }

    private static String entity(Entity entity) {
        Json json = new Json();
        json.raw("{").key("id").string(entity.id())
                .raw(", ").key("kind").string(entity.kind().id())
                .raw(", ").key("name").string(entity.name())
                .raw(", ").key("aliases").strings(List.copyOf(entity.aliases()))
                .raw(", ").key("url").string(entity.url())
                .raw(", ").key("mentions").raw("[");
        boolean first = true;
        for (Map.Entry<String, Map<String, Integer>> article : mentionCounts(entity).entrySet()) {
            for (Map.Entry<String, Integer> form : article.getValue().entrySet()) {
                json.raw(first ? "" : ", ").raw("{").key("article").string(article.getKey())
                        .raw(", ").key("text").string(form.getKey())
                        .raw(", ").key("count").number(form.getValue())
                        .raw("}");
                first = false;
            }
        }
        json.raw("]");
        entity.figure().ifPresent(facts -> figure(json, facts));
        return json.raw("}").toString();
    }

    /** Per article, per surface form, the number of mentions; both sorted. */
    private static Map<String, Map<String, Integer>> mentionCounts(Entity entity) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Mention mention : entity.mentions()) {
            counts.computeIfAbsent(mention.article(), k -> new TreeMap<>()).merge(mention.span().text(), 1, Integer::sum);
        }
        return counts;
    }

    private static void figure(Json json, FigureFacts facts) {
        json.raw(", ").key("value").number(facts.value())
                .raw(", ").key("unit").string(facts.unit())
                .raw(", ").key("what").string(Optional.ofNullable(facts.what()))
                .raw(", ").key("hedge").string(facts.hedge())
                .raw(", ").key("attribution").string(facts.attribution())
                .raw(", ").key("alternatives").raw("[");
        for (int i = 0; i < facts.alternatives().size(); i++) {
            FigureFacts.Amount amount = facts.alternatives().get(i);
            json.raw(i == 0 ? "" : ", ").raw("{").key("value").number(amount.value())
                    .raw(", ").key("unit").string(amount.unit()).raw("}");
        }
        json.raw("]");
    }
}
