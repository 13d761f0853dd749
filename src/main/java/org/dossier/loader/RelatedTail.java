package org.dossier.loader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The tail some sites append after the article: other stories ({@code Related Articles},
 * {@code More from ...}, {@code You may also like}) or an appeal for support
 * ({@code Note from the author:}, {@code A Message from The Daily Ledger:}) or its keywords and topics
 * ({@code Keywords}, {@code In:}). Once the article has started, everything from such a label to
 * the end of the paste is not the article. A label for one story ({@code Related Article}) starts
 * the tail when several headlines follow it; with one, it is an {@link InlineStoryLink}.
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
    private static final int MAX_HEADLINE = 150;

    @Override
    public int match(List<ClippingLine> lines, int index) {
        String text = lines.get(index).text();
        if (index < MIN_LINES_BEFORE || text.length() > MAX_LABEL) {
            return 0;
        }
        boolean label = LABEL.matcher(text).matches()
                || SINGLE_LABEL.matcher(text).matches() && headline(lines, index + 1) && headline(lines, index + 2);
        return label ? lines.size() - index : 0;
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
