package org.dossier.views.connections;

import java.util.ArrayList;
import java.util.List;
import org.dossier.views.EntityRef;
import org.dossier.views.LinkView;
import org.dossier.views.ParagraphLinks;
import org.dossier.views.Svg;

/**
 * The view model of the connections page, for {@code connections.mustache}.
 *
 * @param root the relative prefix back to the site root
 * @param summary one sentence on what the page holds
 * @param hasNetwork whether there is a drawing
 * @param network the drawing's inline SVG
 * @param pairs the table's rows, most shared articles first
 * @param more what the table leaves out, in words, or empty
 * @param empty whether no article names two entities
 */
public record ConnectionsView(String root, String summary, boolean hasNetwork, String network, List<PairView> pairs,
        String more, boolean empty) {

    /** The most rows the table shows. */
    public static final int MAX_ROWS = 150;
    private static final int TITLE_CHARS = 32;

    /**
     * One pair.
     *
     * @param first the first entity
     * @param second the second
     * @param count how many articles name both
     * @param articles links to the first {@value #MAX_ARTICLES} of those articles, named by outlet (or
     *     shortened title)
     * @param more how many more articles name both, in words, or empty
     */
    public record PairView(LinkView first, LinkView second, int count, List<LinkView> articles, String more) {}

    /** The most articles listed for one pair; the rest are counted. */
    public static final int MAX_ARTICLES = 8;

    /** The view of {@code mentions} for a page at {@code root}, linking articles through {@code links}. */
    public static ConnectionsView of(CoMentions mentions, String root, ParagraphLinks links) {
        Network network = Network.of(mentions);
        List<PairView> pairs = mentions.strongest(MAX_ROWS).stream().map(p -> pair(p, root, links)).toList();
        int left = mentions.pairCount() - pairs.size();
        String more = left > 0 ? left + " more pairs, each named together in fewer articles, are not listed." : "";
        String summary = mentions.pairCount() + " pairs of people, countries, places and organisations named in "
                + "the same article. The network shows the " + network.nodes().size()
                + " best-connected, each with its strongest links only, so that names every article mentions "
                + "do not hide the rest.";
        boolean drawn = !network.edges().isEmpty();
        return new ConnectionsView(root, summary, drawn, drawn ? new NetworkSvg().draw(network, mentions, root) : "",
                pairs, more, mentions.pairCount() == 0);
    }

    private static PairView pair(CoMention pair, String root, ParagraphLinks links) {
        List<LinkView> articles = new ArrayList<>();
        int listed = Math.min(MAX_ARTICLES, pair.articles().size());
        for (int i = 0; i < listed; i++) {
            String link = links.link(pair.articles().get(i).id(), "title");
            articles.add(new LinkView(Svg.shorten(pair.articles().get(i).sourceLabel(), TITLE_CHARS),
                    link.startsWith("#") ? link : root + link,
                    "article", i < listed - 1 ? "; " : ""));
        }
        String more = pair.count() > listed ? "; and " + (pair.count() - listed) + " more" : "";
        return new PairView(entity(pair.first(), root), entity(pair.second(), root), pair.count(), articles, more);
    }

    private static LinkView entity(EntityRef entity, String root) {
        return new LinkView(entity.name(), root + entity.url(), entity.kind().id(), "");
    }
}
