package org.dossier.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the checker needs from one file: the anchors it offers, the ids it gives more than one
 * element and the addresses it refers to.
 *
 * @param anchors the ids and {@code a[name]}s of an HTML page; empty for other files
 * @param duplicateIds each id that more than one element of the page carries, once, in the order
 *     of their second use
 * @param references every address, in document order
 */
record PageFacts(Set<String> anchors, List<String> duplicateIds, List<Reference> references) {

    /** Link relations whose target the browser fetches with the page. */
    private static final Set<String> LOADED_RELATIONS = Set.of(
            "stylesheet", "icon", "apple-touch-icon", "mask-icon", "manifest", "preload", "modulepreload",
            "prefetch", "preconnect", "dns-prefetch");
    private static final String[] LOADED_SOURCES = {
        "script[src]", "img[src]", "iframe[src]", "frame[src]", "embed[src]", "source[src]", "track[src]",
        "audio[src]", "video[src]", "input[src]"
    };
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");

    static PageFacts ofHtml(Document page) {
        Set<String> anchors = new HashSet<>();
        Set<String> duplicateIds = new LinkedHashSet<>();
        for (Element element : page.select("[id]")) {
            if (!anchors.add(element.attr("id"))) {
                duplicateIds.add(element.attr("id"));
            }
        }
        page.select("a[name]").forEach(a -> anchors.add(a.attr("name")));
        List<Reference> references = new ArrayList<>();
        for (Element element : page.select("a[href], area[href], form[action], link[href]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("action");
            references.add(new Reference(url, element.tagName().equals("link") && loads(element)));
        }
        for (String selector : LOADED_SOURCES) {
            page.select(selector).forEach(e -> references.add(new Reference(e.attr("src"), true)));
        }
        page.select("object[data]").forEach(e -> references.add(new Reference(e.attr("data"), true)));
        page.select("video[poster]").forEach(e -> references.add(new Reference(e.attr("poster"), true)));
        page.select("[srcset]").forEach(e -> srcset(e.attr("srcset"), references));
        page.select("style").forEach(e -> css(e.data(), references));
        page.select("[style]").forEach(e -> css(e.attr("style"), references));
        return new PageFacts(Set.copyOf(anchors), List.copyOf(duplicateIds), references);
    }

    static PageFacts ofCss(String css) {
        List<Reference> references = new ArrayList<>();
        css(css, references);
        return new PageFacts(Set.of(), List.of(), references);
    }

    private static boolean loads(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (LOADED_RELATIONS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    private static void srcset(String srcset, List<Reference> references) {
        for (String candidate : srcset.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) {
                references.add(new Reference(url, true));
            }
        }
    }

    private static void css(String css, List<Reference> references) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = m.group(2) != null ? m.group(2) : m.group(4);
            references.add(new Reference(url.strip(), true));
        }
    }
}
