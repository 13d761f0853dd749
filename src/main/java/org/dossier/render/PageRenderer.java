package org.dossier.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.loader.DossierConfig;

/**
 * Renders one page: a content template inside the common layout (masthead, navigation, search
 * form, footer), with links relative to the page so the site works from {@code file://} and any
 * sub-path. Used by every page family (articles, entities, analyst views, search). Thread-safe.
 *
 * <p>The content template sees the page's {@link PageContext} behind the model, so it can write
 * {@code {{root}}people.html} for a link that resolves from any folder. Every page carries the
 * {@link ContentSecurityPolicy#SITE site policy}: no inline style or script, nothing from another
 * host; scripts go in the content as {@code <script src="{{root}}assets/x.js"></script>}.
 *
 * <pre>{@code
 * pages.page(sink, "timeline.html", "Timeline", "timeline.mustache", new TimelineView(...));
 * }</pre>
 */
public final class PageRenderer {

    /** The layout template every page is wrapped in. */
    public static final String LAYOUT = "layout.mustache";
    /** The stylesheet, under {@code assets/}. */
    public static final String STYLESHEET = "assets/style.css";

    /** The site icon, under {@code assets/}. */
    public static final String FAVICON = "assets/favicon.svg";
    /** The Atom feed, written when the base URL is known. */
    public static final String FEED = "feed.xml";

    /**
     * Stands for the content while the layout renders: the only unescaped value in the layout,
     * and escaped values cannot hold a NUL, so it is found only where the layout places the content.
     */
    private static final String CONTENT_SLOT = "\u0000content\u0000";

    private final Templates templates;
    private final DossierConfig config;
    private final PageMemo memo;

    public PageRenderer(Templates templates, DossierConfig config) {
        this(templates, config, PageMemo.NONE);
    }

    /**
     * A renderer that does not render again the pages {@code memo} knows unchanged since the
     * last render, when the sink can keep them as that render wrote them.
     */
    public PageRenderer(Templates templates, DossierConfig config, PageMemo memo) {
        this.templates = templates;
        this.config = config;
        this.memo = memo;
    }

    /**
     * Renders {@code template} with {@code model} inside the layout and writes it to {@code path}.
     *
     * @param path the page's path relative to the site root, e.g. {@code people/kim-jong-un.html}
     * @param title the page title (the dossier's title is added)
     * @param template the content template, e.g. {@code entity.mustache}
     * @param model the view model the content template reads (a record; its accessors are the
     *     template's names)
     */
    public void page(PageSink sink, String path, String title, String template, Object model) {
        if (memo.unchanged(path, title, template, model) && sink.keep(path)) {
            return;
        }
        String root = rootOf(path);
        PageBuffer content = render(template, new PageContext(root, path, config.title()), model);
        // The layout is rendered around a slot, and the content goes into the page's bytes
        // once: a page of hundreds of megabytes (a briefing) is not copied through strings.
        String framed = apply(LAYOUT, layout(path, title, root, CONTENT_SLOT));
        int slot = framed.indexOf(CONTENT_SLOT);
        if (slot < 0 || framed.indexOf(CONTENT_SLOT, slot + 1) >= 0) {
            sink.write(path, apply(LAYOUT, layout(path, title, root, content.toString())).getBytes(StandardCharsets.UTF_8));
        } else {
            sink.write(path, content.utf8(framed.substring(0, slot), framed.substring(slot + CONTENT_SLOT.length())));
        }
    }

    /** The page {@link #page} writes, as text. */
    public String html(String path, String title, String template, Object model) {
        String root = rootOf(path);
        String content = render(template, new PageContext(root, path, config.title()), model).toString();
        return apply(LAYOUT, layout(path, title, root, content));
    }

    private LayoutView layout(String path, String title, String root, String content) {
        return new LayoutView(
                root,
                title.equals(config.title()) ? title : title + " \u00b7 " + config.title(),
                config.title(),
                config.description().orElse(null),
                !config.isPublic(),
                ContentSecurityPolicy.SITE,
                root + STYLESHEET,
                config.baseUrl().map(base -> root + FEED).orElse(null),
                config.baseUrl().map(base -> (base.endsWith("/") ? base : base + "/") + path).orElse(null),
                Navigation.links(path),
                content);
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

    private String apply(String template, Object... scopes) {
        return render(template, scopes).toString();
    }

    private PageBuffer render(String template, Object... scopes) {
        Mustache compiled = templates.template(template);
        PageBuffer out = new PageBuffer();
        try {
            compiled.execute(out, scopes);
        } catch (MustacheException e) {
            throw templates.failure(template, e);
        }
        return out;
    }

    /**
     * What every content template can read besides its model.
     *
     * @param root the relative prefix back to the site root ({@code ""}, {@code "../"})
     * @param path the page's path relative to the site root
     * @param dossier the dossier's title
     */
    public record PageContext(String root, String path, String dossier) {}

    /**
     * What the layout template reads.
     *
     * @param root the relative prefix back to the site root
     * @param title the document title
     * @param dossier the dossier's title, for the masthead
     * @param description the dossier's description, or null
     * @param noindex whether to ask search engines not to index the page
     * @param csp the Content-Security-Policy
     * @param stylesheet the stylesheet's address, relative to the page
     * @param feed the Atom feed's address, relative to the page, or null without a base URL
     * @param canonical the page's absolute address, or null without a base URL
     * @param nav the navigation links
     * @param content the rendered content, vetted HTML
     */
    public record LayoutView(
            String root,
            String title,
            String dossier,
            String description,
            boolean noindex,
            String csp,
            String stylesheet,
            String feed,
            String canonical,
            List<Navigation.Link> nav,
            String content) {}
}
