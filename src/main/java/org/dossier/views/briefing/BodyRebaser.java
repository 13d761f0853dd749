package org.dossier.views.briefing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.text.Scan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves an article body from its own page ({@code articles/SLUG.html}) into a page at the site
 * root beside other bodies: element ids get the article's prefix so that every {@code p1} stays
 * unique, in-page links follow them, and relative links are rewritten from the article's folder
 * to the root.
 *
 * <p>A body as the build writes it is Jsoup's serialisation of a cleaned document: lower-case tag
 * and attribute names, every attribute value in double quotes with {@code "} escaped, and every
 * {@code <} outside a tag escaped. Such a body is rewritten in one pass over its tags, with the
 * result that parsing it and writing it again would give; any other body is parsed.
 */
public final class BodyRebaser {

    private static final Pattern WITH_SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");

    private BodyRebaser() {}

    /**
     * The body {@code html} of the article whose in-page ids start with {@code prefix} (e.g.
     * {@code article-slug}), rebased from {@code articles/} to the site root.
     */
    public static String rebase(String html, String prefix) {
        return rebaseTags(html, prefix).orElseGet(() -> rebaseParsed(html, prefix));
    }

    /** {@link #rebase} through a parsed document, whatever the form of {@code html}. */
    static String rebaseParsed(String html, String prefix) {
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

    /**
     * {@link #rebase} of a body in the form Jsoup writes, rewriting attribute values where they
     * stand; empty when {@code html} is in another form. Every rewrite only adds to or takes from
     * the front of a value, which entity escapes do not touch there, so it may work on the
     * escaped text.
     */
    static Optional<String> rebaseTags(String html, String prefix) {
        StringBuilder out = new StringBuilder(html.length() + html.length() / 8);
        int copied = 0;
        int at = html.indexOf('<');
        while (at >= 0) {
            if (at + 1 < html.length() && html.charAt(at + 1) == '/') {
                at = html.indexOf('<', at + 2);
                continue;
            }
            if (at + 1 >= html.length() || !isAsciiLowerLetter(html.charAt(at + 1))) {
                return Optional.empty();
            }
            int i = nameEnd(html, at + 1);
            String tag = html.substring(at + 1, i);
            // After each name or value: a space and another attribute, or the end of the tag.
            while (i < html.length() && html.charAt(i) == ' ') {
                int nameStart = i + 1;
                i = nameEnd(html, nameStart);
                if (i == nameStart || i >= html.length()) {
                    return Optional.empty();
                }
                if (html.charAt(i) == '=') {
                    int valueStart = i + 2;
                    int valueEnd = html.indexOf('"', valueStart);
                    if (valueStart > html.length() || html.charAt(i + 1) != '"' || valueEnd < 0) {
                        return Optional.empty();
                    }
                    String value = rewrite(tag, html.substring(nameStart, i), html.substring(valueStart, valueEnd), prefix);
                    if (value != null) {
                        out.append(html, copied, valueStart).append(value);
                        copied = valueEnd;
                    }
                    i = valueEnd + 1;
                }
            }
            if (i >= html.length() || html.charAt(i) != '>') {
                return Optional.empty();
            }
            at = html.indexOf('<', i);
        }
        return Optional.of(out.append(html, copied, html.length()).toString());
    }

    /** The end of a tag or attribute name starting at {@code from}: its first character that may not be in a name. */
    private static int nameEnd(String html, int from) {
        return Scan.runEnd(html, from, c -> c > ' ' && "=>/\"'<".indexOf(c) < 0);
    }

    /** The new value of attribute {@code name} of a {@code tag} element, or null to keep it. */
    private static String rewrite(String tag, String name, String value, String prefix) {
        return switch (name) {
            case "id" -> prefix + "-" + value;
            case "href" -> tag.equals("a") ? rebaseHref(value, prefix) : null;
            case "src" -> tag.equals("img") ? rebaseHref(value, prefix) : null;
            default -> null;
        };
    }

    private static boolean isAsciiLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
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
