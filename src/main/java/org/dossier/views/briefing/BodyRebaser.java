package org.dossier.views.briefing;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves an article body from its own page ({@code articles/SLUG.html}) into a page at the site
 * root beside other bodies: element ids get the article's prefix so that every {@code p1} stays
 * unique, in-page links follow them, and relative links are rewritten from the article's folder
 * to the root.
 */
public final class BodyRebaser {

    private static final Pattern WITH_SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");

    private BodyRebaser() {}

    /**
     * The body {@code html} of the article whose in-page ids start with {@code prefix} (e.g.
     * {@code article-slug}), rebased from {@code articles/} to the site root.
     */
    public static String rebase(String html, String prefix) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[id]")) {
            element.attr("id", prefix + "-" + element.id());
        }
        for (Element link : document.body().select("a[href]")) {
            link.attr("href", rebaseHref(link.attr("href"), prefix));
        }
        for (Element image : document.body().select("img[src]")) {
            image.attr("src", rebaseHref(image.attr("src"), prefix));
        }
        return document.body().html();
    }

    private static String rebaseHref(String href, String prefix) {
        if (href.startsWith("#")) {
            return "#" + prefix + "-" + href.substring(1);
        }
        String lower = href.toLowerCase(Locale.ROOT);
        if (WITH_SCHEME.matcher(lower).matches() || href.startsWith("/")) {
            return href;
        }
        return href.startsWith("../") ? href.substring(3) : "articles/" + href;
    }
}
