package org.dossier.render;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.link.LinkedArticle;
import org.dossier.link.RelatedArticle;
import org.dossier.loader.Article;

/** Builds the view of an article page: the article, its entities and its related articles. */
final class ArticlePage {

    /** The most shared entities a related article's reason names. */
    static final int REASON_NAMES = 4;

    private final DossierIndex index;

    ArticlePage(DossierIndex index) {
        this.index = index;
    }

    ArticleView view(LinkedArticle article) {
        Article a = article.article();
        String root = PageRenderer.rootOf(article.url());
        String originalUrl = a.url().filter(ArticlePage::isWebAddress).orElse(null);
        return new ArticleView(
                a.title(),
                a.standfirst().orElse(null),
                a.source().orElse(null),
                a.author().orElse(null),
                DateLabel.orNull(a.published()),
                originalUrl,
                a.source().isPresent() || a.author().isPresent() || a.published().isPresent() || originalUrl != null,
                a.tags(),
                article.bodyHtml(),
                entityGroups(article, root),
                article.related().stream().map(r -> related(r, root)).filter(Objects::nonNull).toList());
    }

    private List<ArticleView.EntityGroup> entityGroups(LinkedArticle article, String root) {
        Map<EntityKind, List<Entity>> byKind = index.dossier().catalog().inArticle(article.id()).stream()
                .collect(Collectors.groupingBy(Entity::kind, () -> new EnumMap<>(EntityKind.class), Collectors.toList()));
        return byKind.entrySet().stream()
                .map(e -> new ArticleView.EntityGroup(e.getKey().plural(), e.getValue().stream()
                        .sorted(Comparator.comparing((Entity x) -> -index.mentionsIn(x, article.id()).size())
                                .thenComparing(Entity::name)
                                .thenComparing(Entity::id))
                        .map(x -> new EntityLink(x.name(), root + x.url(), null))
                        .toList()))
                .toList();
    }

    private ArticleView.Related related(RelatedArticle relation, String root) {
        return index.article(relation.article())
                .map(other -> new ArticleView.Related(
                        other.article().title(),
                        root + other.url(),
                        DateLabel.orNull(other.article().published()),
                        reason(relation)))
                .orElse(null);
    }

    private String reason(RelatedArticle relation) {
        List<String> names = relation.shared().stream()
                .map(index::entity)
                .flatMap(java.util.Optional::stream)
                .map(Entity::name)
                .distinct()
                .limit(REASON_NAMES)
                .toList();
        return names.isEmpty() ? null : "both name " + String.join(", ", names);
    }

    /** Only http(s) addresses become links: anything else could be a script in disguise. */
    private static boolean isWebAddress(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
