package org.dossier.link;

import java.util.List;
import java.util.function.BiFunction;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;

/**
 * An entity as the body of one article links it: everything {@link BodyLinker} reads of it.
 *
 * @param id the entity's id, e.g. {@code person/kim-jong-un}
 * @param kind its kind, for the link's class and tooltip
 * @param url its page, relative to the site root
 * @param name its name, for the link's tooltip
 * @param spans where the article names it, in the order of its mentions
 */
public record LinkTarget(String id, EntityKind kind, String url, String name, List<Span> spans) {

    public LinkTarget {
        spans = List.copyOf(spans);
    }

    /**
     * The targets of article {@code article}: each of {@code entities} with its spans there, read
     * through {@code mentionsIn} (mentions it gives of other articles are left out).
     */
    public static List<LinkTarget> of(String article, List<Entity> entities,
            BiFunction<Entity, String, List<Mention>> mentionsIn) {
        return entities.stream()
                .map(entity -> new LinkTarget(entity.id(), entity.kind(), entity.url(), entity.name(),
                        mentionsIn.apply(entity, article).stream()
                                .filter(m -> m.article().equals(article))
                                .map(Mention::span)
                                .toList()))
                .toList();
    }
}
