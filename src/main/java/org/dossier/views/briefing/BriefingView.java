package org.dossier.views.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.parallel.Parallel;
import org.dossier.views.Dates;
import org.dossier.views.ParagraphLinks;
import org.dossier.views.ledger.FigureLedger;
import org.dossier.views.ledger.LedgerView;
import org.dossier.views.timeline.Timeline;
import org.dossier.views.timeline.TimelineView;

/**
 * The view model of the briefing book's first page, {@code briefing.html}, for
 * {@code briefing.mustache}: a cover, the contents and the key entities, then the articles of the
 * first volume in full. A dossier that fits one volume gets the whole book on this page, the
 * figures ledger and the timeline included (their links pointing into this page); a longer one
 * gets the other volumes listed in the contents and links to the ledger's and the timeline's own
 * pages instead, since those grow with the dossier.
 *
 * @param root the relative prefix back to the site root
 * @param embedded always true: tells the embedded ledger and timeline not to link their stylesheet again
 * @param title the dossier's title
 * @param description the dossier's description, or empty
 * @param dateRange the span of the articles' dates in words
 * @param articleCount how many articles, in words
 * @param kinds the key entities, per kind
 * @param ledger the figures ledger, or null when the book has more than one volume
 * @param timeline the timeline, or null when the book has more than one volume
 * @param articles the articles of the first volume (every article when there is one), in reading order
 * @param book the volumes, or null when there is one
 */
public record BriefingView(String root, boolean embedded, String title, String description, String dateRange,
        String articleCount, List<KindView> kinds, LedgerView ledger, TimelineView timeline,
        List<ArticleView> articles, BookView book) {

    /** The most entities listed per kind. */
    public static final int KEY_ENTITIES = 10;

    /**
     * The key entities of one kind.
     *
     * @param heading e.g. {@code People}
     * @param entities the entities most articles name
     */
    public record KindView(String heading, List<KeyEntity> entities) {}

    /**
     * A key entity.
     *
     * @param name its name
     * @param href its page
     * @param articles how many articles name it, in words
     */
    public record KeyEntity(String name, String href, String articles) {}

    /**
     * One article in full.
     *
     * @param anchor its id in its volume's page
     * @param title its title
     * @param meta outlet, date and byline in one line
     * @param url its page on the site
     * @param body its body, ids prefixed with the anchor and links rebased to the site root
     */
    public record ArticleView(String anchor, String title, String meta, String url, String body) {

        /** The copy of {@code article} in a page of the book at {@code root}. */
        public static ArticleView of(LinkedArticle article, String root) {
            String anchor = "article-" + article.id();
            List<String> meta = new ArrayList<>();
            article.article().source().ifPresent(meta::add);
            article.article().published().map(Dates::dayLabel).ifPresent(meta::add);
            article.article().author().map(a -> "by " + a).ifPresent(meta::add);
            return new ArticleView(anchor, article.article().title(), String.join(" \u00b7 ", meta),
                    root + article.url(), BodyRebaser.rebase(article.bodyHtml(), anchor));
        }

        /** The copies of {@code articles}, in their order. */
        static List<ArticleView> of(List<LinkedArticle> articles, String root) {
            // Each body is rebased on its own, so articles run in parallel, kept in reading order.
            return Parallel.map(articles, a -> of(a, root));
        }
    }

    /**
     * The first page of the briefing of {@code dossier}, split into {@code volumes}, for a page at
     * {@code root}.
     */
    public static BriefingView of(LinkedDossier dossier, FigureLedger ledger, Timeline timeline, BriefingVolumes volumes,
            String root) {
        List<LinkedArticle> all = dossier.articles();
        BriefingVolumes.Volume here = volumes.first();
        List<ArticleView> articles = ArticleView.of(all.subList(here.from(), here.to()), root);
        // The ledger and the timeline grow with the dossier (at 10,000 articles they are about
        // 100 MB of HTML), so only a book of one volume holds them; a longer one links to their pages.
        boolean whole = volumes.single();
        ParagraphLinks links = volumes.links(here);
        return new BriefingView(root, true, dossier.config().title(), dossier.config().description().orElse(""),
                BookWords.dateRange(all), BookWords.plural(all.size(), "article"), kinds(dossier, root),
                whole ? LedgerView.of(ledger, root, links) : null, whole ? TimelineView.of(timeline, root, links) : null,
                articles, whole ? null : BookView.of(all, volumes, root));
    }

    private static List<KindView> kinds(LinkedDossier dossier, String root) {
        List<KindView> kinds = new ArrayList<>();
        for (EntityKind kind : List.of(EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.PLACE, EntityKind.ORGANISATION)) {
            // Counted once per entity: the sort would otherwise count again at every comparison.
            Map<String, Long> counts = new HashMap<>();
            dossier.catalog().ofKind(kind).forEach(e -> counts.put(e.id(), articleCount(e)));
            List<KeyEntity> entities = dossier.catalog().ofKind(kind).stream()
                    .sorted(Comparator.comparingLong((Entity e) -> -counts.get(e.id()))
                            .thenComparing(Entity::name).thenComparing(Entity::id))
                    .limit(KEY_ENTITIES)
                    .map(e -> new KeyEntity(e.name(), root + e.url(), "named in " + counts.get(e.id())
                            + (counts.get(e.id()) == 1 ? " article" : " articles")))
                    .toList();
            if (!entities.isEmpty()) {
                kinds.add(new KindView(kind.plural(), entities));
            }
        }
        return kinds;
    }

    private static long articleCount(Entity entity) {
        return entity.mentions().stream().map(Mention::article).distinct().count();
    }
}
