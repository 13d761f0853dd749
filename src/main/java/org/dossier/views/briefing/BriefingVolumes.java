package org.dossier.views.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.render.Pagination;
import org.dossier.views.ParagraphLinks;

/**
 * How the briefing book splits into volumes: a dossier of up to {@link #ARTICLES_PER_VOLUME}
 * articles is one page, {@code briefing.html}; a longer one fills {@code briefing.html} with its
 * first articles and continues in {@code briefing--2.html}, {@code briefing--3.html}, ..., the
 * naming of every paginated list of the site. Knows which volume holds each article, so that a
 * link to an article's copy in the book names the right page. Immutable.
 *
 * <pre>{@code
 * BriefingVolumes volumes = BriefingVolumes.of(List.of("a", "b", "c"), 2);
 * volumes.links(volumes.first()).link("c", "p3");   // "briefing--2.html#article-c-p3"
 * }</pre>
 */
public final class BriefingVolumes {

    /** The book's first page, which every dossier has. */
    public static final String FIRST = "briefing.html";

    /**
     * The most articles a volume holds: a few hundred printed pages, a page a browser opens and
     * prints at once. The same as a page of the home page's list.
     */
    public static final int ARTICLES_PER_VOLUME = 100;

    private final List<Volume> volumes;
    private final Map<String, Volume> byArticle;

    /**
     * One volume: the articles at positions {@code from} (inclusive) to {@code to} (exclusive) of
     * the dossier's reading order.
     *
     * @param number its number, from 1
     * @param from the position of its first article
     * @param to the position after its last article
     */
    public record Volume(int number, int from, int to) {

        /** Its page, relative to the site root: {@code briefing.html}, {@code briefing--2.html}, ... */
        public String path() {
            return Pagination.path(FIRST, number);
        }
    }

    private BriefingVolumes(List<Volume> volumes, Map<String, Volume> byArticle) {
        this.volumes = List.copyOf(volumes);
        this.byArticle = byArticle;
    }

    /**
     * The volumes of a book of the articles {@code articles} (their ids, in reading order), at
     * most {@code perVolume} a volume; always at least one volume, empty for no articles.
     */
    public static BriefingVolumes of(List<String> articles, int perVolume) {
        if (perVolume < 1) {
            throw new IllegalArgumentException("A volume must hold at least one article, not " + perVolume);
        }
        int count = Pagination.pages(articles.size(), perVolume);
        List<Volume> volumes = new ArrayList<>(count);
        Map<String, Volume> byArticle = new HashMap<>();
        for (int number = 1; number <= count; number++) {
            int from = (number - 1) * perVolume;
            Volume volume = new Volume(number, from, Math.min(articles.size(), from + perVolume));
            volumes.add(volume);
            articles.subList(volume.from(), volume.to()).forEach(id -> byArticle.put(id, volume));
        }
        return new BriefingVolumes(volumes, byArticle);
    }

    /** Every volume, in order. */
    public List<Volume> all() {
        return volumes;
    }

    /** The first volume, on {@link #FIRST}. */
    public Volume first() {
        return volumes.get(0);
    }

    /** Whether one page holds the whole book. */
    public boolean single() {
        return volumes.size() == 1;
    }

    /** The volume that holds article {@code article}. */
    public Volume volumeOf(String article) {
        Volume volume = byArticle.get(article);
        if (volume == null) {
            throw new IllegalArgumentException("No article " + article + " in the briefing book");
        }
        return volume;
    }

    /**
     * Links to the copies of the articles in the book, from the page of volume {@code from}: an
     * in-page anchor ({@link ParagraphLinks#IN_PAGE}) for an article of that volume, else the
     * same anchor on its volume's page, relative to the site root.
     */
    public ParagraphLinks links(Volume from) {
        return (article, block) -> {
            String anchor = ParagraphLinks.IN_PAGE.link(article, block);
            Volume volume = volumeOf(article);
            return volume.equals(from) ? anchor : volume.path() + anchor;
        };
    }
}
