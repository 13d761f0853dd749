package org.dossier.views.ledger;

import java.util.ArrayList;
import java.util.List;
import org.dossier.render.Pagination;
import org.dossier.views.ParagraphLinks;

/**
 * The view model of a page of the figures ledger, for {@code figures.mustache}: every string ready
 * to print, links relative to the page. A ledger of more than {@link #FIGURES_PER_PAGE} figures
 * continues on {@code figures--2.html}, ... (see {@link #pages}).
 *
 * @param root the relative prefix back to the site root
 * @param summary one sentence on what the whole ledger holds
 * @param groups the groups of figures that measure the same thing, on this page
 * @param singles the figures that stand alone, on this page
 * @param hasSingles whether this page has any
 * @param empty whether the dossier has no figures at all
 * @param pagination the links to the other pages, or null when one page holds the ledger
 */
public record LedgerView(
        String root, String summary, List<GroupView> groups, List<RowView> singles, boolean hasSingles,
        boolean empty, Pagination pagination) {

    /** The ledger's first page, relative to the site root. */
    public static final String FIRST = "figures.html";

    /**
     * The most figures a page holds, unless one group alone has more: a 10,000-article dossier has
     * tens of thousands, far more than a browser opens at once.
     */
    public static final int FIGURES_PER_PAGE = 500;

    /**
     * One page of the ledger.
     *
     * @param path the page, relative to the site root
     * @param title its title
     * @param view what it shows
     */
    public record Page(String path, String title, LedgerView view) {}

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
        return new LedgerView(root, summary, groups, singles, !singles.isEmpty(), figures == 0, null);
    }

    /**
     * The pages of {@code ledger}: groups whole and in order, then the figures that stand alone,
     * at most {@code perPage} figures a page unless a group alone has more; {@link #FIRST}, then
     * {@code figures--2.html}, ...; always at least one page.
     */
    public static List<Page> pages(FigureLedger ledger, ParagraphLinks links, int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("A page must hold at least one figure, not " + perPage);
        }
        LedgerView whole = of(ledger, "", links);
        List<PageContent> contents = new ArrayList<>(List.of(new PageContent()));
        for (GroupView group : whole.groups()) {
            PageContent last = contents.get(contents.size() - 1);
            if (last.figures > 0 && last.figures + group.rows().size() > perPage) {
                last = new PageContent();
                contents.add(last);
            }
            last.groups.add(group);
            last.figures += group.rows().size();
        }
        for (RowView single : whole.singles()) {
            PageContent last = contents.get(contents.size() - 1);
            if (last.figures >= perPage) {
                last = new PageContent();
                contents.add(last);
            }
            last.singles.add(single);
            last.figures++;
        }
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= contents.size(); number++) {
            PageContent content = contents.get(number - 1);
            pages.add(new Page(Pagination.path(FIRST, number), number == 1 ? "Figures" : "Figures, page " + number,
                    new LedgerView(whole.root(), whole.summary(), content.groups, content.singles,
                            !content.singles.isEmpty(), whole.empty(), Pagination.of(FIRST, number, contents.size()))));
        }
        return pages;
    }

    /** What one page of the ledger holds, while the pages are filled. */
    private static final class PageContent {
        private final List<GroupView> groups = new ArrayList<>();
        private final List<RowView> singles = new ArrayList<>();
        private int figures;
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
