package org.dossier.link;

import java.util.List;

/**
 * An article related to another through the entities both name.
 *
 * @param article the id of the related article
 * @param score the rarity-weighted strength of the relation; higher is closer
 * @param shared the ids of the entities both articles name, strongest first
 */
public record RelatedArticle(String article, double score, List<String> shared) {

    public RelatedArticle {
        shared = List.copyOf(shared);
    }
}
