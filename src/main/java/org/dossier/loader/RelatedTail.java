package org.dossier.loader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The tail some sites append after the article: other stories ({@code Related Articles},
 * {@code More from ...}, {@code You may also like}) or an appeal for support
 * ({@code Note from the author:}, {@code A Message from The Daily Ledger:}) or its keywords and topics
 * ({@code Keywords}, {@code In:}). Once the article has started, everything from such a label to
 * the end of the paste is not the article. A label for one story ({@code Related Article}) starts
 * the tail when several headlines follow it; with one, it is an {@link InlineStoryLink}. So is a
 * label that also names one story ({@code Related}, {@code Related content}) when one headline
 * follows it and the article then goes on with paragraphs of prose, one after another, where a list
 * of other stories gives each headline a line of teaser at most.
 */
final class RelatedTail implements BoilerplateRule {

    /** The tail only counts after the title and some body, so a title is never mistaken for it. */
    private static final int MIN_LINES_BEFORE = 2;

    private static final int MAX_LABEL = 60;
    private static final Pattern LABEL = Pattern.compile(
            "(?:related(?: articles| stories| news| coverage| content| posts| reading| topics)?|more (?:from|on|in) .{1,40}"
                    + "|more (?:articles|stories|news)|you (?:may|might) also like|recommended(?: for you| articles)?"
                    + "|other stories|also on .{1,40}|more like this|around the web|from (?:our|the) partners"
                    + "|explore more on these topics|more on these topics|(?:a )?note from the (?:author|editor):?"
                    + "|a message from .{1,40}:|keywords:?|in:|top \\d{1,2} stories|visual stories"
                    + "|more must-reads(?: from .{1,40})?|most read(?: from .{1,40})?|most popular(?: on .{1,40})?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A label for one story, which starts the tail only when several headlines follow it. */
    private static final Pattern SINGLE_LABEL = Pattern.compile("related (?:article|story)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The labels an {@link InlineStoryLink} may also carry, before one story's headline. */
    private static final Pattern INLINE_LABEL = Pattern.compile("related(?: content| coverage| reading)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_HEADLINE = 150;
    /** The article goes on after an inline link with at least this many lines of prose in a row. */
    private static final int MIN_PROSE_AFTER = 2;

    @Override
    public int match(List<ClippingLine> lines, int index) {
        String text = lines.get(index).text();
        if (index < MIN_LINES_BEFORE || text.length() > MAX_LABEL) {
            return 0;
        }
        boolean inlineLink = INLINE_LABEL.matcher(text).matches() && articleGoesOn(lines, index);
        boolean label = LABEL.matcher(text).matches() && !inlineLink
                || SINGLE_LABEL.matcher(text).matches() && headline(lines, index + 1) && headline(lines, index + 2);
        return label ? lines.size() - index : 0;
    }

    /**
     * Whether the label at {@code index} links to one story inside the article: one headline, then
     * at least {@link #MIN_PROSE_AFTER} lines of prose in a row.
     */
    private static boolean articleGoesOn(List<ClippingLine> lines, int index) {
        if (!headline(lines, index + 1)) {
            return false;
        }
        int first = index + 2;
        int end = Math.min(lines.size(), first + MIN_PROSE_AFTER);
        for (int after = first; after < end; after++) {
            if (!Prose.isProse(lines.get(after).text())) {
                return false;
            }
        }
        return end - first == MIN_PROSE_AFTER;
    }

    /** Whether line {@code index} is there and reads as another story's headline: short, no sentence's end. */
    private static boolean headline(List<ClippingLine> lines, int index) {
        if (index >= lines.size()) {
            return false;
        }
        String text = lines.get(index).text();
        return text.length() <= MAX_HEADLINE && !Prose.endsLikeSentence(text);
    }
}
