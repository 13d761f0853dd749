package org.dossier.render;

import java.util.List;
import java.util.Map;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;

/**
 * Renders the linked dossier's core pages: home, articles, entity pages and indexes.
 */
public final class SiteRenderer {

    private final Templates templates;

    public SiteRenderer(Templates templates) {
        this.templates = templates;
    }

    /** Renders every core page of {@code dossier} into {@code sink}. */
    public void render(LinkedDossier dossier, PageSink sink) {
        PageRenderer pages = new PageRenderer(templates, dossier.config());
        List<Map<String, Object>> items = dossier.articles().stream()
                .map(a -> Map.<String, Object>of("title", a.article().title(), "url", a.url()))
                .toList();
        pages.page(sink, "index.html", dossier.config().title(), "home.mustache", Map.of("articles", items));
        for (LinkedArticle article : dossier.articles()) {
            pages.page(sink, article.url(), article.article().title(), "article.mustache",
                    Map.of("title", article.article().title(), "body", article.bodyHtml()));
        }
        sink.write("assets/style.css", pages.asset("style.css"));
    }
}
