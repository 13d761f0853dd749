package org.dossier.views.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.views.Dates;
import org.dossier.views.ParagraphLinks;
import org.dossier.views.ledger.FigureLedger;
import org.dossier.views.ledger.LedgerView;
import org.dossier.views.timeline.Timeline;
import org.dossier.views.timeline.TimelineView;

/**
 * The view model of the briefing book, for {@code briefing.mustache}: a cover, the contents, the
 * key entities, the figures ledger and the timeline (their links pointing into this page), then
 * every article in full.
 *
 * @param root the relative prefix back to the site root
 * @param embedded always true: tells the embedded ledger and timeline not to link their stylesheet again
 * @param title the dossier's title
 * @param description the dossier's description, or empty
 * @param dateRange the span of the articles' dates in words
 * @param articleCount how many articles, in words
 * @param kinds the key entities, per kind
 * @param ledger the figures ledger
 * @param timeline the timeline
 * @param articles every article, in reading order
 */
public record BriefingView(String root, boolean embedded, String title, String description, String dateRange,
        String articleCount, List<KindView> kinds, LedgerView ledger, TimelineView timeline,
        List<ArticleView> articles) {

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
     * @param anchor its id in this page
     * @param title its title
     * @param meta outlet, date and byline in one line
     * @param url its page on the site
     * @param body its body, ids prefixed with the anchor and links rebased to this page
     */
    public record ArticleView(String anchor, String title, String meta, String url, String body) {}

    /** The briefing of {@code dossier} for a page at {@code root}. */
    public static BriefingView of(LinkedDossier dossier, FigureLedger ledger, Timeline timeline, String root) {
        // Each body is rebased on its own, so articles run in parallel; toList keeps reading order.
        List<ArticleView> articles = dossier.articles().parallelStream().map(a -> article(a, root)).toList();
        return new BriefingView(root, true, dossier.config().title(), dossier.config().description().orElse(""),
                dateRange(dossier), articles.size() + (articles.size() == 1 ? " article" : " articles"),
                kinds(dossier, root), LedgerView.of(ledger, root, ParagraphLinks.IN_PAGE),
                TimelineView.of(timeline, root, ParagraphLinks.IN_PAGE), articles);
    }

    private static String dateRange(LinkedDossier dossier) {
        List<LocalDate> dates = dossier.articles().stream().map(a -> a.article().published())
                .flatMap(Optional::stream).sorted().toList();
        long undated = dossier.articles().size() - dates.size();
        String undatedWords = undated + (undated == 1 ? " undated article" : " undated articles");
        if (dates.isEmpty()) {
            return dossier.articles().isEmpty() ? "No articles" : "Articles not dated";
        }
        String first = Dates.dayLabel(dates.get(0));
        String last = Dates.dayLabel(dates.get(dates.size() - 1));
        String span = first.equals(last) ? first : first + " \u2013 " + last;
        return undated == 0 ? span : span + ", and " + undatedWords;
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

    private static ArticleView article(LinkedArticle article, String root) {
        String anchor = "article-" + article.id();
        List<String> meta = new ArrayList<>();
        article.article().source().ifPresent(meta::add);
        article.article().published().map(Dates::dayLabel).ifPresent(meta::add);
        article.article().author().map(a -> "by " + a).ifPresent(meta::add);
        return new ArticleView(anchor, article.article().title(), String.join(" \u00b7 ", meta), root + article.url(),
                BodyRebaser.rebase(article.bodyHtml(), anchor));
    }
}
