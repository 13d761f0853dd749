package org.dossier.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;

/** Builds entity catalogs for tests from which articles name which entities. */
final class Dossiers {

    private final Map<String, List<Mention>> mentions = new TreeMap<>();

    /** Records that {@code article} names each of {@code entityIds} (in its title). */
    Dossiers article(String article, String... entityIds) {
        for (String id : entityIds) {
            Span span = new Span(Span.TITLE, 0, id.length(), id);
            mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mention(article, span, "test", ""));
        }
        return this;
    }

    /** Records that {@code article} credits each of {@code entityIds} (in its byline). */
    Dossiers credits(String article, String... entityIds) {
        for (String id : entityIds) {
            Span span = new Span(Span.BYLINE, 3, 3 + id.length(), id);
            mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mention(article, span, "test", "By " + id));
        }
        return this;
    }

    EntityCatalog catalog() {
        return new EntityCatalog(mentions.entrySet().stream()
                .map(e -> InsertCase.entity(e.getKey(), e.getKey(), e.getValue()))
                .toList());
    }
}
