package org.dossier.loader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A video player pasted into the text: its label ({@code Video}, {@code Watch}), the video's title
 * on the next line (short, without a sentence's end), and perhaps a teaser under it
 * ({@code Fox News' Lucas Tomlinson reports on the latest.}). Without a title line after it, the
 * label alone goes and the next line stays.
 */
final class VideoEmbed implements BoilerplateRule {

    private static final Pattern LABEL = Pattern.compile(
            "(?:video|watch|watch video|play video|now playing)\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE = 100;
    /** Above the headline a label names the page's section, and the line after it is the headline. */
    private static final int MIN_LINES_BEFORE = 2;
    private static final Pattern TEASER = Pattern.compile(
            ".{1,80}\\s(?:reports|has (?:the latest|more|the story|details)|explains|reports (?:on|from) .{1,40})\\.?");

    @Override
    public int match(List<ClippingLine> lines, int index) {
        if (index < MIN_LINES_BEFORE || !LABEL.matcher(lines.get(index).text()).matches()) {
            return 0;
        }
        if (index + 1 >= lines.size() || !isTitle(lines.get(index + 1).text())) {
            return 1;
        }
        boolean teaser = index + 2 < lines.size() && TEASER.matcher(lines.get(index + 2).text()).matches();
        return teaser ? 3 : 2;
    }

    private static boolean isTitle(String text) {
        return text.length() <= MAX_TITLE && !text.isEmpty() && !Prose.endsLikeSentence(text);
    }
}
