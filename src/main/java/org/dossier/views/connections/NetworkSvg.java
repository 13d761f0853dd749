package org.dossier.views.connections;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.entities.EntityKind;
import org.dossier.views.EntityRef;
import org.dossier.views.Svg;

/**
 * Draws a {@link Network} as inline SVG: a circle per entity, sized by the articles that name it
 * and coloured by kind, linking to its page; a line per link, thicker for more shared articles;
 * a legend; and a {@code <title>} and {@code aria-label} that list the strongest links in words.
 */
public final class NetworkSvg {

    private static final double WIDTH = 900;
    private static final double HEIGHT = 620;
    private static final double MARGIN = 60;
    private static final int LABEL_CHARS = 24;
    private static final int DESCRIBED_LINKS = 10;

    /** The drawing of {@code network}, its links relative to a page at {@code root}. */
    public String draw(Network network, CoMentions mentions, String root) {
        Map<String, ForceLayout.Point> places = new ForceLayout(WIDTH, HEIGHT, MARGIN).place(network);
        String text = describe(network);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" role=\"img\" viewBox=\"0 0 ")
                .append(Svg.num(WIDTH)).append(' ').append(Svg.num(HEIGHT)).append("\" width=\"").append(Svg.num(WIDTH))
                .append("\" height=\"").append(Svg.num(HEIGHT)).append("\" aria-label=\"").append(Svg.escape(text))
                .append("\">\n<title>").append(Svg.escape(text)).append("</title>\n");
        legend(svg);
        svg.append("<g class=\"edges\">\n");
        for (CoMention edge : network.edges()) {
            ForceLayout.Point a = places.get(edge.first().id());
            ForceLayout.Point b = places.get(edge.second().id());
            svg.append("<line x1=\"").append(Svg.num(a.x())).append("\" y1=\"").append(Svg.num(a.y()))
                    .append("\" x2=\"").append(Svg.num(b.x())).append("\" y2=\"").append(Svg.num(b.y()))
                    .append("\" stroke=\"#9aa5b1\" stroke-opacity=\"0.8\" stroke-width=\"")
                    .append(Svg.num(Math.min(6, 0.8 + edge.count() * 0.8))).append("\"/>\n");
        }
        svg.append("</g>\n<g class=\"nodes\">\n");
        for (EntityRef node : network.nodes()) {
            ForceLayout.Point p = places.get(node.id());
            double r = 4 + 2.5 * Math.sqrt(mentions.articleCount(node.id()));
            boolean left = p.x() > WIDTH / 2;
            svg.append("<a href=\"").append(Svg.escape(root + node.url())).append("\">")
                    .append("<title>").append(Svg.escape(node.name())).append(" (").append(kindName(node.kind()))
                    .append(", ").append(articles(mentions.articleCount(node.id()))).append(")</title>")
                    .append("<circle cx=\"").append(Svg.num(p.x())).append("\" cy=\"").append(Svg.num(p.y()))
                    .append("\" r=\"").append(Svg.num(r)).append("\" fill=\"").append(colour(node.kind()))
                    .append("\" stroke=\"#fff\" stroke-width=\"1.5\"/>")
                    .append("<text x=\"").append(Svg.num(p.x() + (left ? -(r + 3) : r + 3))).append("\" y=\"")
                    .append(Svg.num(p.y() + 4)).append("\" font-size=\"12\" fill=\"#222\" text-anchor=\"")
                    .append(left ? "end" : "start").append("\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">")
                    .append(Svg.escape(Svg.shorten(node.name(), LABEL_CHARS))).append("</text></a>\n");
        }
        return svg.append("</g>\n</svg>").toString();
    }

    /** The drawing in words, for its text alternative. */
    public static String describe(Network network) {
        String strongest = network.edges().stream().limit(DESCRIBED_LINKS)
                .map(e -> e.first().name() + " and " + e.second().name() + " (" + articles(e.count()) + ")")
                .collect(Collectors.joining("; "));
        return "Network of the " + network.nodes().size() + " most connected people, countries, places and "
                + "organisations, with " + network.edges().size() + " links"
                + (strongest.isEmpty() ? "." : ". Strongest links: " + strongest + ".");
    }

    private static void legend(StringBuilder svg) {
        List<EntityKind> kinds = List.of(EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.PLACE, EntityKind.ORGANISATION);
        svg.append("<g class=\"legend\" font-size=\"12\" fill=\"#222\">\n");
        for (int i = 0; i < kinds.size(); i++) {
            double x = 12 + i * 120;
            svg.append("<circle cx=\"").append(Svg.num(x + 6)).append("\" cy=\"14.0\" r=\"6.0\" fill=\"")
                    .append(colour(kinds.get(i))).append("\"/><text x=\"").append(Svg.num(x + 16))
                    .append("\" y=\"18.0\">").append(kinds.get(i).plural()).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static String articles(int count) {
        return count + (count == 1 ? " article" : " articles");
    }

    private static String kindName(EntityKind kind) {
        return kind.id();
    }

    /** Colours that stay apart in greyscale print and for the common colour-vision deficiencies. */
    private static String colour(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "#d55e00";
            case COUNTRY -> "#0072b2";
            case PLACE -> "#009e73";
            case ORGANISATION -> "#cc79a7";
            case FIGURE -> "#999999";
        };
    }
}
