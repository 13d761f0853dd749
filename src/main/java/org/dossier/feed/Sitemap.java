package org.dossier.feed;

import java.util.List;

/**
 * The {@code sitemap.xml} of a site: every HTML page but the error page, sorted, with absolute
 * addresses.
 */
public final class Sitemap {

    /** The sitemap's path in the site. */
    public static final String PATH = "sitemap.xml";

    private Sitemap() {}

    /** The sitemap of {@code paths} (site-relative, any files) hosted at {@code base}. */
    public static String of(BaseUrl base, List<String> paths) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.stream()
                .filter(path -> path.endsWith(".html") && !path.equals("404.html"))
                .sorted()
                .forEach(path -> out.append("<url><loc>").append(Xml.escape(base.resolve(path))).append("</loc></url>\n"));
        return out.append("</urlset>\n").toString();
    }
}
