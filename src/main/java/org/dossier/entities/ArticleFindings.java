package org.dossier.entities;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every name the recogniser found in one article, before resolution across the dossier.
 *
 * @param article the article
 * @param blocks its blocks, in reading order
 * @param names the people, organisations and places found by rule, in reading order
 * @param geo the countries and places found by the gazetteer, in reading order
 * @param acronyms acronyms the article defines, each with the long name it stands for
 *     ({@code CSIS} for {@code Center for Strategic and International Studies})
 */
record ArticleFindings(
        ArticleText article,
        List<TextBlock> blocks,
        List<Finding> names,
        List<GeoFinding> geo,
        Map<String, String> acronyms) {

    ArticleFindings {
        blocks = List.copyOf(blocks);
        names = List.copyOf(names);
        geo = List.copyOf(geo);
        acronyms = Map.copyOf(new TreeMap<>(acronyms));
    }

    /** The article id. */
    String id() {
        return article.article();
    }
}
