package org.dossier.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a clipping's text into its non-blank lines. A paste puts each paragraph on a line of its
 * own, so a line is the unit every later step works on; text wrapped at a fixed width is first
 * rejoined into paragraphs by {@link HardWraps}. Unusual spaces (no-break, thin, tabs)
 * become plain spaces and zero-width characters go, so that comparisons see what a reader sees.
 */
final class ClippingLines {

    private static final Pattern LINK_LABEL = Pattern.compile(
            ",? (?:opens (?:a )?new (?:tab|window)|\\(opens in (?:a )?new (?:tab|window)\\))", Pattern.CASE_INSENSITIVE);

    private ClippingLines() {}

    /** The non-blank lines of {@code text}, whose first line is line {@code firstLine} of the file. */
    static List<ClippingLine> of(String text, int firstLine) {
        List<ClippingLine> all = new ArrayList<>();
        int number = firstLine;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            all.add(new ClippingLine(number, withoutLinkLabels(normalise(text, start, end))));
            number++;
            start = end + 1;
        }
        return HardWraps.unwrap(all).stream().filter(line -> !line.text().isEmpty()).toList();
    }

    /** Drops the labels screen readers get on links, which pastes carry into the text. */
    private static String withoutLinkLabels(String line) {
        if (!line.contains("opens") && !line.contains("new window")) {
            return line;
        }
        return LINK_LABEL.matcher(line).replaceAll("");
    }

    private static String normalise(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        boolean pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\u00AD';
    }
}
