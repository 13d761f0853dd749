package org.dossier.loader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A link to another story set between two paragraphs of the article: a label alone on its line
 * ({@code Related article}, {@code Read more}, {@code See also}) and the other story's headline on
 * the next (short, without a sentence's end), with the article going on after it. Both lines go.
 * A label followed by several headlines is the tail of other stories, which {@link RelatedTail}
 * takes; a label whose next line is prose goes alone, as {@link LineBoilerplate#READ_MORE} says.
 */
final class InlineStoryLink implements BoilerplateRule {

    private static final Pattern LABEL = Pattern.compile(
            "(?:related(?: article| story| content| coverage| reading)?|read more|read also|also read|see also"
                    + "|more on this story|must read|don't miss|recommended(?: article| story)?)\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_HEADLINE = 150;
    /** A label in the first lines would stand above the headline of the article itself. */
    private static final int MIN_LINES_BEFORE = 2;

    @Override
    public int match(List<ClippingLine> lines, int index) {
        if (index < MIN_LINES_BEFORE || index + 2 >= lines.size() || !LABEL.matcher(lines.get(index).text()).matches()) {
            return 0;
        }
        String headline = lines.get(index + 1).text();
        boolean isHeadline = !headline.isEmpty() && headline.length() <= MAX_HEADLINE && !Prose.endsLikeSentence(headline);
        return isHeadline && Prose.isProse(lines.get(index + 2).text()) ? 2 : 0;
    }
}
