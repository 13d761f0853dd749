package org.dossier.render;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dossier.loader.DossierConfig;

/**
 * Renders one page: a content template inside the common layout, with links relative to the page
 * so the site works from {@code file://} and any sub-path. Used by every page family (articles,
 * entities, analyst views, search). Thread-safe.
 */
public final class PageRenderer {

    private final Templates templates;
    private final DossierConfig config;

    public PageRenderer(Templates templates, DossierConfig config) {
        this.templates = templates;
        this.config = config;
    }

    /**
     * Renders {@code template} with {@code model} inside the layout and writes it to {@code path}.
     *
     * @param path the page's path relative to the site root, e.g. {@code people/kim-jong-un.html}
     * @param title the page title (the dossier's title is added)
     * @param template the content template, e.g. {@code entity.mustache}
     * @param model the view model the content template reads
     */
    public void page(PageSink sink, String path, String title, String template, Object model) {
        String root = rootOf(path);
        String content = apply(templates.template(template), model);
        String html = apply(templates.template("layout.mustache"),
                Map.of("root", root, "title", title, "dossier", config.title(), "content", content));
        sink.write(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a static file of the templates folder, for {@code assets/}. */
    public byte[] asset(String name) {
        return templates.bytes(name);
    }

    /** The relative prefix from {@code path} back to the site root: {@code ""}, {@code "../"}, ... */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private static String apply(Mustache template, Object model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}
