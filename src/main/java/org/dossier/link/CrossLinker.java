package org.dossier.link;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.entities.EntityCatalog;
import org.dossier.loader.DossierConfig;
import org.dossier.parallel.Parallel;
import org.dossier.text.CompactText;

/**
 * Links the dossier: puts entity links into article bodies ({@link BodyLinker}) and relates
 * articles to each other ({@link RelatedArticles}).
 *
 * <p>Bodies are linked in parallel; each article's result depends on that article and the
 * catalog only, so the output is the same as a sequential run. Immutable and thread-safe.
 */
public final class CrossLinker {

    /** Newest first; undated articles after the dated ones, by title. */
    static final Comparator<ArticleDraft> READING_ORDER = Comparator
            .comparing((ArticleDraft d) -> d.article().published().orElse(LocalDate.MIN),
                    Comparator.reverseOrder())
            .thenComparing(d -> d.article().title())
            .thenComparing(ArticleDraft::id);

    private final BodyLinker bodies = new BodyLinker();
    private final RelatedArticles relatedArticles;

    /** A linker with the default related-article settings. */
    public CrossLinker() {
        this(new RelatedArticles());
    }

    /** A linker relating articles with {@code relatedArticles}. */
    public CrossLinker(RelatedArticles relatedArticles) {
        this.relatedArticles = relatedArticles;
    }

    /** Links {@code drafts} through the entities of {@code catalog}, holding the linked bodies in memory. */
    public LinkedDossier link(DossierConfig config, List<ArticleDraft> drafts, EntityCatalog catalog) {
        return link(config, drafts, catalog, LinkMemo.NONE, CompactText::of);
    }

    /**
     * Links {@code drafts} through the entities of {@code catalog}, putting links again only into
     * the bodies {@code memo} does not know (the result is the same as without it), and holding
     * each newly linked body as {@code keep} holds it.
     */
    public LinkedDossier link(DossierConfig config, List<ArticleDraft> drafts, EntityCatalog catalog, LinkMemo memo,
            Function<String, CompactText> keep) {
        Map<String, List<RelatedArticle>> related =
                relatedArticles.relate(drafts.stream().map(ArticleDraft::id).toList(), catalog);
        List<LinkedArticle> articles = Parallel.map(drafts.stream().sorted(READING_ORDER).toList(),
                d -> linkOne(d, catalog, related.getOrDefault(d.id(), List.of()), memo, keep));
        return new LinkedDossier(config, articles, catalog);
    }

    /** One article with its entity links and the given related articles. */
    LinkedArticle linkOne(ArticleDraft draft, EntityCatalog catalog, List<RelatedArticle> related, LinkMemo memo,
            Function<String, CompactText> keep) {
        List<LinkTarget> targets = LinkTarget.of(draft.id(), catalog.inArticle(draft.id()), catalog::mentionsIn);
        CompactText html = memo.linked(draft.body().markup(), targets, (body, to) -> keep.apply(bodies.link(body, to)));
        return new LinkedArticle(draft.id(), draft.article(), html, draft.body().blocks(), related);
    }
}
