package org.dossier.views;

import java.util.ArrayList;
import java.util.List;

/**
 * A link in a list of links, with the separator that follows it ({@code ", "}, or empty after
 * the last), so templates need no logic.
 *
 * @param text the link text
 * @param href the address, relative to the page
 * @param kind a class name for styling, e.g. {@code person}
 * @param separator what follows the link
 */
public record LinkView(String text, String href, String kind, String separator) {

    /** Links to {@code entities} from a page at {@code root}, separated by commas. */
    public static List<LinkView> ofEntities(List<EntityRef> entities, String root) {
        List<LinkView> links = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            EntityRef entity = entities.get(i);
            links.add(new LinkView(entity.name(), root + entity.url(), entity.kind().id(),
                    i < entities.size() - 1 ? ", " : ""));
        }
        return links;
    }
}
