package org.dossier.render;

import java.nio.charset.StandardCharsets;
import org.dossier.loader.DossierConfig;

/**
 * Writes {@code robots.txt}: crawling disallowed unless the dossier is public, since dossiers
 * quote other people's articles; a public dossier with a base URL points crawlers at its sitemap.
 */
final class RobotsTxt {

    static final String PATH = "robots.txt";

    byte[] bytes(DossierConfig config) {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        if (!config.isPublic()) {
            text.append("Disallow: /\n");
        } else {
            text.append("Allow: /\n");
            config.baseUrl().ifPresent(base ->
                    text.append("Sitemap: ").append(base.endsWith("/") ? base : base + "/").append("sitemap.xml\n"));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
