package org.dossier.views.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.views.Svg;

/**
 * Draws a group's figures as horizontal bars on one scale from zero, one bar per source (or, for
 * more than {@value #MAX_BARS} figures, as dots on one line), as
 * inline SVG made at build time: no script, prints as vectors, with a {@code <title>} and an
 * {@code aria-label} that say the same in words. Hedged figures ({@code about}, {@code as many as})
 * have lighter bars.
 */
public final class SpreadChart {

    private static final double WIDTH = 680;
    private static final double LABEL_RIGHT = 230;
    private static final double PLOT_LEFT = 240;
    private static final double PLOT_WIDTH = 280;
    private static final double ROW = 34;
    private static final double TOP = 12;
    private static final double AXIS = 34;
    private static final int LABEL_CHARS = 34;
    private static final int VALUE_CHARS = 24;
    /** Above this many figures a group is drawn as dots on one line rather than one bar each. */
    static final int MAX_BARS = 24;
    private static final double STRIP_HEIGHT = 110;

    /**
     * The chart of {@code group}.
     *
     * @param id an id for the chart's title, unique within the page
     */
    public String draw(FigureGroup group, String id) {
        return group.rows().size() > MAX_BARS ? strip(group, id) : bars(group, id);
    }

    private String bars(FigureGroup group, String id) {
        List<LedgerRow> rows = group.rows();
        double max = niceMax(group.highest().facts().value().doubleValue());
        double height = TOP + rows.size() * ROW + AXIS;
        String text = describe(group);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(Svg.num(WIDTH)).append(' ').append(Svg.num(height))
                .append("\" width=\"").append(Svg.num(WIDTH)).append("\" height=\"").append(Svg.num(height))
                .append("\" aria-label=\"").append(Svg.escape(text))
                .append("\">\n<title id=\"").append(id).append("\">").append(Svg.escape(text)).append("</title>\n");
        axis(svg, max, height);
        for (int i = 0; i < rows.size(); i++) {
            bar(svg, rows.get(i), max, TOP + i * ROW);
        }
        return svg.append("</svg>").toString();
    }

    /** Many figures as dots on one scale, with the lowest and highest labelled. */
    private String strip(FigureGroup group, String id) {
        double max = niceMax(group.highest().facts().value().doubleValue());
        String text = describe(group);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(Svg.num(WIDTH)).append(' ').append(Svg.num(STRIP_HEIGHT))
                .append("\" width=\"").append(Svg.num(WIDTH)).append("\" height=\"").append(Svg.num(STRIP_HEIGHT))
                .append("\" aria-label=\"").append(Svg.escape(text))
                .append("\">\n<title id=\"").append(id).append("\">").append(Svg.escape(text)).append("</title>\n");
        axis(svg, max, STRIP_HEIGHT);
        List<LedgerRow> rows = group.rows();
        for (int i = 0; i < rows.size(); i++) {
            double x = PLOT_LEFT + PLOT_WIDTH * rows.get(i).facts().value().doubleValue() / max;
            double y = TOP + 14 + (i % 5) * 8;
            svg.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                    .append("\" r=\"4.0\" fill=\"#3d5f8f\" fill-opacity=\"0.35\"/>\n");
        }
        svg.append("<text x=\"").append(Svg.num(LABEL_RIGHT)).append("\" y=\"").append(Svg.num(TOP + 34))
                .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">")
                .append(rows.size()).append(" figures</text>\n");
        return svg.append("</svg>").toString();
    }

    /** The chart in words, for its text alternative. */
    public static String describe(FigureGroup group) {
        if (group.rows().size() > MAX_BARS) {
            return "Dot chart of " + group.rows().size() + " figures for " + group.label() + ". " + group.spread();
        }
        String values = group.rows().stream()
                .map(r -> r.shortValue() + " (" + r.citation() + ")")
                .collect(Collectors.joining("; "));
        return "Bar chart of " + group.rows().size() + " figures for " + group.label() + ": " + values + ". "
                + group.spread();
    }

    private static void axis(StringBuilder svg, double max, double height) {
        double baseline = height - AXIS + 6;
        double step = max / 4;
        svg.append("<g class=\"axis\">\n");
        for (int i = 0; i <= 4; i++) {
            double x = PLOT_LEFT + PLOT_WIDTH * i / 4;
            svg.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(Svg.num(TOP - 4))
                    .append("\" x2=\"").append(Svg.num(x)).append("\" y2=\"").append(Svg.num(baseline))
                    .append("\" stroke=\"#bbb\" stroke-width=\"1\"/>\n");
            svg.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(baseline + 16))
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#444\">")
                    .append(Svg.escape(Amounts.tick(BigDecimal.valueOf(step * i)))).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void bar(StringBuilder svg, LedgerRow row, double max, double y) {
        double value = row.facts().value().doubleValue();
        double length = max <= 0 ? 0 : Math.max(1, PLOT_WIDTH * value / max);
        double middle = y + ROW / 2;
        String source = Svg.escape(Svg.shorten(row.article().sourceLabel(), LABEL_CHARS));
        if (row.facts().attribution().isPresent()) {
            svg.append("<text x=\"").append(Svg.num(LABEL_RIGHT)).append("\" y=\"").append(Svg.num(middle - 2))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">").append(source).append("</text>\n");
            svg.append("<text x=\"").append(Svg.num(LABEL_RIGHT)).append("\" y=\"").append(Svg.num(middle + 10))
                    .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\">")
                    .append(Svg.escape(Svg.shorten("citing " + row.facts().attribution().get(), LABEL_CHARS + 6)))
                    .append("</text>\n");
        } else {
            svg.append("<text x=\"").append(Svg.num(LABEL_RIGHT)).append("\" y=\"").append(Svg.num(middle + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">").append(source).append("</text>\n");
        }
        svg.append("<rect x=\"").append(Svg.num(PLOT_LEFT)).append("\" y=\"").append(Svg.num(y + 6))
                .append("\" width=\"").append(Svg.num(length)).append("\" height=\"").append(Svg.num(ROW - 12))
                .append("\" fill=\"").append(row.facts().hedge().isPresent() ? "#8da9cf" : "#3d5f8f")
                .append("\"/>\n");
        svg.append("<text x=\"").append(Svg.num(PLOT_LEFT + length + 6)).append("\" y=\"")
                .append(Svg.num(middle + 4)).append("\" font-size=\"13\" fill=\"#222\">")
                .append(Svg.escape(Svg.shorten(row.shortValue(), VALUE_CHARS))).append("</text>\n");
    }

    /** The smallest of 1, 2, 2.5, 4, 5 or 10 times a power of ten that is at least {@code value}. */
    static double niceMax(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 2.5, 4, 5, 10}) {
            if (factor * power >= value) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
