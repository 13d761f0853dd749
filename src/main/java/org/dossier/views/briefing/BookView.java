package org.dossier.views.briefing;

import java.util.List;
import java.util.function.IntFunction;
import org.dossier.entities.Span;
import org.dossier.link.LinkedArticle;
import org.dossier.views.ParagraphLinks;

/**
 * The volumes of a briefing book too long for one page, as its first page lists them: for each,
 * which articles it holds, from which date to which, and links to its page and to its first and
 * last article there. A line a volume, so the first page grows with the number of volumes, not
 * of articles.
 *
 * @param volume which volume the first page is, e.g. {@code Volume 1 of 3}
 * @param count how many volumes, in words
 * @param figures the figures ledger's page
 * @param timeline the timeline's page
 * @param first the first volume, on the first page
 * @param later the other volumes
 * @param next the second volume's page
 */
public record BookView(String volume, String count, String figures, String timeline, VolumeEntry first,
        List<VolumeEntry> later, String next) {

    /**
     * A volume in the contents.
     *
     * @param number its number
     * @param href its page
     * @param range which articles it holds, e.g. {@code articles 101–200}
     * @param dates the span of its articles' dates in words
     * @param first its first article
     * @param last its last article, or null when it holds one
     */
    public record VolumeEntry(int number, String href, String range, String dates, ArticleLink first,
            ArticleLink last) {}

    /**
     * A link to an article's copy in the book.
     *
     * @param title its title
     * @param href its anchor, in its volume's page
     */
    public record ArticleLink(String title, String href) {}

    /**
     * The volumes of the book of {@code articles} (the dossier's, in reading order), split into
     * {@code volumes} of more than one, for its first page at {@code root}.
     */
    public static BookView of(List<LinkedArticle> articles, BriefingVolumes volumes, String root) {
        if (volumes.single()) {
            throw new IllegalArgumentException("A book of one volume is one page and lists no volumes");
        }
        ParagraphLinks links = volumes.links(volumes.first());
        List<VolumeEntry> entries = volumes.all().stream()
                .map(v -> entry(articles.subList(v.from(), v.to()), v, links, root)).toList();
        int count = entries.size();
        return new BookView(BookWords.volume(1, count), BookWords.plural(count, "volume"), root + "figures.html",
                root + "timeline.html", entries.get(0), entries.subList(1, count), entries.get(1).href());
    }

    private static VolumeEntry entry(List<LinkedArticle> articles, BriefingVolumes.Volume volume, ParagraphLinks links,
            String root) {
        IntFunction<ArticleLink> link = i -> {
            String href = links.link(articles.get(i).id(), Span.TITLE);
            return new ArticleLink(articles.get(i).article().title(), href.startsWith("#") ? href : root + href);
        };
        return new VolumeEntry(volume.number(), root + volume.path(), BookWords.range(volume),
                BookWords.dateRange(articles), link.apply(0), articles.size() > 1 ? link.apply(articles.size() - 1) : null);
    }
}
