package org.dossier.entities;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

/**
 * An entity of the dossier, resolved across articles: one person, country, place, organisation
 * or figure, with every mention of it.
 *
 * @param id {@code KIND/SLUG}, e.g. {@code person/kim-jong-un}; also the page path without
 *     {@code .html} once the kind is replaced by its folder
 * @param kind the kind
 * @param name the canonical name
 * @param aliases every surface form seen, sorted
 * @param mentions every mention, by article id then position
 * @param figure what the figure says, for figures only
 * @param country for a place that stands for a country's government (a capital), the id of that
 *     country
 */
public record Entity(
        String id,
        EntityKind kind,
        String name,
        SortedSet<String> aliases,
        List<Mention> mentions,
        Optional<FigureFacts> figure,
        Optional<String> country) {

    public Entity {
        aliases = Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        mentions = List.copyOf(mentions);
    }

    /** The slug part of the id. */
    public String slug() {
        return id.substring(id.indexOf('/') + 1);
    }

    /** The page of this entity relative to the site root, e.g. {@code people/kim-jong-un.html}. */
    public String url() {
        return kind.folder() + "/" + slug() + ".html";
    }
}
