package org.dossier.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.Mention;
import org.dossier.entities.Sentence;
import org.dossier.link.LinkedArticle;
import org.dossier.parallel.Parallel;

/**
 * The digest of everything an entity page is made from, found without making the page, so that a
 * live build skips the pages of entities an edit did not touch before it builds their models.
 *
 * <p>A page reads its entity (name, kind, aliases, figure, country link, counts), the articles
 * it lists and, on the first page, everything named in every article of the entity (the
 * co-mentioned entities and the figures come from those) and the entity's events. So each
 * article is digested once with all it can lend a page: its summary, its blocks, and every
 * entity it names with its name and its mentions there. A page's digest then combines its
 * entity with the digests of the articles it reads. Two pages with equal digests render alike.
 */
final class EntityPageInputs {

    private static final ThreadLocal<ModelDigest> DIGESTS = ThreadLocal.withInitial(ModelDigest::new);

    private final DossierIndex index;
    private final EntityEvents events;
    private final Map<String, ModelDigest.Digest> articles;

    /** The inputs of the entity pages of the dossier {@code index} reads, with the entities' {@code events}. */
    EntityPageInputs(DossierIndex index, EntityEvents events) {
        this.index = index;
        this.events = events;
        EntityCatalog catalog = index.dossier().catalog();
        List<LinkedArticle> linked = index.dossier().articles();
        List<ModelDigest.Digest> digests = Parallel.map(linked, article -> digest(article, catalog));
        this.articles = new HashMap<>();
        for (int i = 0; i < linked.size(); i++) {
            articles.put(linked.get(i).id(), digests.get(i));
        }
    }

    /**
     * The digest of what page {@code page} of {@code entity} is made from; empty when part of it
     * cannot be read by value, so the page is always made.
     */
    Optional<ModelDigest.Digest> of(Entity entity, int page, EntityPage pages) {
        ModelDigest digest = DIGESTS.get().start();
        List<String> named = index.articlesOf(entity);
        digest.add(entity.id());
        digest.add(entity.name());
        digest.add(entity.kind());
        digest.add(List.copyOf(entity.aliases()));
        digest.number(entity.mentions().size());
        digest.number(named.size());
        digest.number(page);
        digest.number(pages.pageCount(entity));
        if (!digest.add(entity.figure().map(EntityPage::figure))
                || !digest.add(entity.country().flatMap(index::entity).map(c -> List.of(c.name(), c.url())))) {
            return Optional.empty();
        }
        List<String> read = page == 1 ? named : EntityPage.slice(named, page);
        for (String article : read) {
            digest.add(article);
            digest.add(articles.get(article));
        }
        if (page == 1 && !digest.add(events.of(entity.id(), PageRenderer.rootOf(EntityPage.path(entity, page)), EntityPage.EVENTS))) {
            return Optional.empty();
        }
        return Optional.of(digest.finish());
    }

    /** What any entity page can read of {@code article}. */
    private static ModelDigest.Digest digest(LinkedArticle article, EntityCatalog catalog) {
        ModelDigest digest = DIGESTS.get().start();
        if (!digest.add(ArticleSummary.of(article, "")) || !digest.add(article.blocks())) {
            throw new IllegalStateException("An article summary or block is no longer read by value");
        }
        for (Entity entity : catalog.inArticle(article.id())) {
            digest.add(entity.id());
            digest.add(entity.name());
            digest.add(entity.kind());
            Sentence sentence = null;
            for (Mention mention : catalog.mentionsIn(entity, article.id())) {
                // Pages do not show why a span was taken for the entity: the evidence is left out,
                // so that a name confirmed by another article does not make every page anew.
                digest.add(mention.span());
                // Mentions in one sentence share its text: it is read once.
                if (mention.sentence() == sentence) {
                    digest.number(-1);
                } else {
                    sentence = mention.sentence();
                    digest.add(sentence);
                }
            }
        }
        return digest.finish();
    }
}
