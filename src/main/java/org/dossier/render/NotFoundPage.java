package org.dossier.render;

import com.github.mustachejava.MustacheException;
import java.nio.charset.StandardCharsets;
import org.dossier.loader.DossierConfig;

/**
 * Writes {@code 404.html}. A server shows it at whatever path was asked for, where a relative
 * stylesheet link breaks; so the page carries its own {@code <style>} element and a policy that
 * admits exactly that element by its hash, and links home by the base URL when there is one.
 */
final class NotFoundPage {

    static final String PATH = "404.html";
    static final String TEMPLATE = "not-found.mustache";
    static final String STYLE = "not-found.css";

    private final Templates templates;

    NotFoundPage(Templates templates) {
        this.templates = templates;
    }

    /**
     * What {@code not-found.mustache} reads.
     *
     * @param dossier the dossier's title
     * @param noindex whether to ask search engines not to index the page
     * @param csp the policy, admitting the style by hash
     * @param css the style element's content: trusted, from the templates folder
     * @param home the absolute home page when the base URL is known, else null
     */
    record View(String dossier, boolean noindex, String csp, String css, String home) {}

    byte[] bytes(DossierConfig config) {
        String css = new String(templates.bytes(STYLE), StandardCharsets.UTF_8).strip();
        View view = new View(config.title(), !config.isPublic(), ContentSecurityPolicy.withInlineStyle(css), css,
                config.baseUrl().map(base -> base.endsWith("/") ? base + "index.html" : base + "/index.html").orElse(null));
        PageBuffer out = new PageBuffer();
        try {
            templates.template(TEMPLATE).execute(out, view);
        } catch (MustacheException e) {
            throw templates.failure(TEMPLATE, e);
        }
        return out.utf8("", "");
    }
}
