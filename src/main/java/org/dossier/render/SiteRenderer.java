package org.dossier.render;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;

/**
 * Renders the linked dossier into pages with the Mustache templates.
 */
public final class SiteRenderer {

    private final Templates templates;

    public SiteRenderer(Templates templates) {
        this.templates = templates;
    }

    /** Renders every page of {@code dossier} into {@code sink}. */
    public void render(LinkedDossier dossier, PageSink sink) {
        List<Map<String, Object>> items = dossier.articles().stream()
                .map(a -> Map.<String, Object>of("title", a.article().title(), "url", a.url()))
                .toList();
        page(sink, "index.html", "", dossier.config().title(), "home.mustache", Map.of("articles", items));
        for (LinkedArticle article : dossier.articles()) {
            page(sink, article.url(), "../", article.article().title(), "article.mustache",
                    Map.of("title", article.article().title(), "body", article.bodyHtml()));
        }
        sink.write("assets/style.css", templates.bytes("style.css"));
    }

    private void page(PageSink sink, String path, String root, String title, String template, Object model) {
        String content = apply(templates.template(template), model);
        String html = apply(templates.template("layout.mustache"),
                Map.of("root", root, "title", title, "content", content));
        sink.write(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private static String apply(Mustache template, Object model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}
