package org.dossier.views.briefing;

import java.util.List;
import java.util.Locale;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.views.briefing.BriefingView.ArticleView;

/**
 * The view model of a later volume of the briefing book ({@code briefing--2.html}, ...), for
 * {@code briefing-volume.mustache}: which volume it is, its own contents, then its articles in
 * full.
 *
 * @param root the relative prefix back to the site root
 * @param title the dossier's title
 * @param volume which volume, e.g. {@code Volume 2 of 3}
 * @param range which articles it holds, e.g. {@code Articles 101–200 of 250}
 * @param dateRange the span of its articles' dates in words
 * @param contents the book's first page, with the contents of every volume
 * @param previous the previous volume's page
 * @param next the next volume's page, or null after the last
 * @param articles its articles, in reading order
 */
public record VolumeView(String root, String title, String volume, String range, String dateRange, String contents,
        String previous, String next, List<ArticleView> articles) {

    /** Volume {@code volume} of the briefing of {@code dossier}, split into {@code volumes}, for a page at {@code root}. */
    public static VolumeView of(LinkedDossier dossier, BriefingVolumes volumes, BriefingVolumes.Volume volume, String root) {
        if (volume.number() < 2) {
            throw new IllegalArgumentException("The first volume is the book's first page, " + BriefingVolumes.FIRST);
        }
        List<BriefingVolumes.Volume> all = volumes.all();
        List<LinkedArticle> articles = dossier.articles().subList(volume.from(), volume.to());
        int number = volume.number();
        String range = capitalised(BookWords.range(volume)) + " of " + dossier.articles().size();
        String next = number < all.size() ? root + all.get(number).path() : null;
        return new VolumeView(root, dossier.config().title(), BookWords.volume(number, all.size()), range,
                BookWords.dateRange(articles), root + BriefingVolumes.FIRST, root + all.get(number - 2).path(), next,
                ArticleView.of(articles, root));
    }

    private static String capitalised(String words) {
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
