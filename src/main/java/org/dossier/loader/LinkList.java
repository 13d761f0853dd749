package org.dossier.loader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of links to other stories inside the article: a label such as {@code Top stories} or
 * {@code Most read} (and any label lines after it, like {@code Swipe. Select. Stay informed.} or
 * a screen reader's {@code list of 4 items}),
 * then headline lines, usually each prefixed by a section name, up to where prose resumes. The
 * last short line of several before the prose is kept when it is shaped like a subheading: lists
 * end where the article's next section begins.
 */
final class LinkList implements BoilerplateRule {

    private static final int MAX_LABEL = 60;
    private static final Pattern LABEL = Pattern.compile(
            "(?:top stories|top news|more top stories|swipe\\. select\\. stay informed\\.|most read|most popular"
                    + "|most viewed|trending(?: now| stories| news)?|editor'?s picks|popular now|latest (?:news|stories)"
                    + "|in other news|more stories|what to read next|recommended (?:for you|stories|reads)"
                    + "|keep reading|explore more|list of \\d+ items?|list \\d+ of \\d+|end of list)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public int match(List<ClippingLine> lines, int index) {
        int at = index;
        while (at < lines.size() && isLabel(lines.get(at).text())) {
            at++;
        }
        if (at == index) {
            return 0;
        }
        int firstItem = at;
        while (at < lines.size() && !Prose.isProse(lines.get(at).text())) {
            at++;
        }
        boolean proseFollows = at < lines.size();
        // The only line under a label is its one link, not the heading of what follows.
        boolean severalLines = at - 2 >= firstItem;
        if (proseFollows && severalLines && Subheadings.isHeadingShaped(lines.get(at - 1).text())
                && !isLabel(lines.get(at - 1).text())) {
            at--;
        }
        return at - index;
    }

    private static boolean isLabel(String text) {
        return text.length() <= MAX_LABEL && LABEL.matcher(text).matches();
    }
}
