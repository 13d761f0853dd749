package org.dossier.views.ledger;

import java.util.ArrayList;
import java.util.List;
import org.dossier.views.ParagraphLinks;

/**
 * The view model of the figures ledger, for {@code figures.mustache}: every string ready to print,
 * links relative to the page.
 *
 * @param root the relative prefix back to the site root
 * @param summary one sentence on what the ledger holds
 * @param groups the groups of figures that measure the same thing
 * @param singles the figures that stand alone
 * @param hasSingles whether there are any
 * @param empty whether the dossier has no figures at all
 */
public record LedgerView(
        String root, String summary, List<GroupView> groups, List<RowView> singles, boolean hasSingles,
        boolean empty) {

    /**
     * One group.
     *
     * @param anchor the section id
     * @param label the heading, e.g. {@code North Korean troops}
     * @param unit the unit in words
     * @param spread the spread in words
     * @param hasChart whether there is a chart
     * @param chart the chart's inline SVG
     * @param rows the figures
     */
    public record GroupView(String anchor, String label, String unit, String spread, boolean hasChart,
            String chart, List<RowView> rows) {}

    /**
     * One figure.
     *
     * @param written the value as written
     * @param normalised the value normalised with its unit
     * @param figureUrl the figure's entity page
     * @param hedge the hedge, or empty
     * @param attribution who makes the claim, or empty
     * @param what the counted thing as written
     * @param sentence the sentence
     * @param note why it is grouped as it is, or empty
     * @param articleTitle the article's title
     * @param link the paragraph the figure stands in
     * @param source the outlet, or empty when unknown (the title, beside it, then names the source)
     * @param date the date in words, or empty
     * @param isoDate the date as {@code YYYY-MM-DD}, or empty
     */
    public record RowView(String written, String normalised, String figureUrl, String hedge, String attribution,
            String what, String sentence, String note, String articleTitle, String link, String source,
            String date, String isoDate) {}

    /** The view of {@code ledger} for a page at {@code root}, linking paragraphs through {@code links}. */
    public static LedgerView of(FigureLedger ledger, String root, ParagraphLinks links) {
        SpreadChart charts = new SpreadChart();
        List<GroupView> groups = new ArrayList<>();
        int index = 0;
        for (FigureGroup group : ledger.groups()) {
            index++;
            String anchor = "group-" + index;
            boolean chart = group.comparesValues();
            groups.add(new GroupView(anchor, group.label(), unitWords(group.measure().unit()), group.spread(), chart,
                    chart ? charts.draw(group, anchor + "-chart") : "",
                    group.rows().stream().map(r -> row(r, root, links)).toList()));
        }
        List<RowView> singles = ledger.singles().stream().map(r -> row(r, root, links)).toList();
        int figures = groups.stream().mapToInt(g -> g.rows().size()).sum() + singles.size();
        String summary = figures + (figures == 1 ? " figure" : " figures") + "; " + groups.size()
                + (groups.size() == 1 ? " group" : " groups")
                + " of figures that measure the same thing, " + singles.size() + " standing alone.";
        return new LedgerView(root, summary, groups, singles, !singles.isEmpty(), figures == 0);
    }

    private static RowView row(LedgerRow row, String root, ParagraphLinks links) {
        String link = links.link(row.article().id(), row.span().block());
        String href = link.startsWith("#") ? link : root + link;
        String figureUrl = root + "figures/" + row.figure().substring(row.figure().indexOf('/') + 1) + ".html";
        return new RowView(row.written(), row.normalised(), figureUrl, row.hedge(), row.attribution(),
                row.facts().what(), row.sentence(), row.note().orElse(""), row.article().title(), href,
                row.article().source().orElse(""), row.article().dateLabel(), row.article().isoDate());
    }

    private static String unitWords(String unit) {
        if (unit.equals("people")) {
            return "counts of people";
        }
        if (unit.equals("percent")) {
            return "percentages";
        }
        return Amounts.isCurrency(unit) ? "amounts in " + unit : "counts of " + Amounts.plural(unit);
    }
}
