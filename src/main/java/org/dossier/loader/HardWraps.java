package org.dossier.loader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rejoins paragraphs of text that was wrapped at a fixed width (plain-text e-mails, PDF copies,
 * wire feeds): lines of nearly the full width that run on to the next line belong to one
 * paragraph; a blank line or a short line ends it, and a word broken with a hyphen at the wrap
 * is made whole. Pastes from web pages, with one paragraph per line, are left as they are: their
 * lines are far longer than any wrap width.
 */
final class HardWraps {

    private static final int MIN_LINES = 6;
    private static final int MIN_WIDTH = 40;
    private static final int MAX_WIDTH = 100;
    private static final double FULL = 0.75;
    private static final double WRAPPED = 0.6;
    /** The share of lines of nearly the full width that run on, with blank lines between paragraphs. */
    private static final double WRAPPED_SHARE = 1 / 3.0;
    private static final double WRAPPED_SHARE_UNSPACED = 0.4;

    private HardWraps() {}

    /**
     * The paragraphs of {@code lines} (blank lines included, as empty texts), rejoined if the text
     * is hard-wrapped; otherwise {@code lines} unchanged.
     */
    static List<ClippingLine> unwrap(List<ClippingLine> lines) {
        int width = wrapWidth(lines);
        return width > 0 ? join(lines, width) : lines;
    }

    /** The width the text is wrapped at, or 0 when it does not look wrapped. */
    private static int wrapWidth(List<ClippingLine> lines) {
        int[] lengths = lines.stream().mapToInt(line -> line.text().length()).filter(n -> n > 0).sorted().toArray();
        boolean blankBetween = false;
        for (int i = 1; i + 1 < lines.size() && !blankBetween; i++) {
            blankBetween = lines.get(i).text().isEmpty() && !lines.get(i - 1).text().isEmpty();
        }
        if (lengths.length < MIN_LINES) {
            return 0;
        }
        int width = lengths[(int) (lengths.length * 0.9)];
        if (width < MIN_WIDTH || width > MAX_WIDTH || Arrays.stream(lengths).anyMatch(n -> n > MAX_WIDTH * 2)) {
            return 0;
        }
        int continued = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).text().length() >= width * FULL && !lines.get(i + 1).text().isEmpty()) {
                continued++;
            }
        }
        // Without blank lines between paragraphs (a PDF's copy), only a tight wrap tells.
        double share = blankBetween ? WRAPPED_SHARE : WRAPPED_SHARE_UNSPACED;
        return continued >= lengths.length * share ? width : 0;
    }

    /** A word broken across the wrap with a hyphen, {@code deep-} and {@code ened}: its halves are small letters. */
    private static boolean brokenWord(StringBuilder paragraph, String next) {
        int length = paragraph.length();
        return length >= 2 && paragraph.charAt(length - 1) == '-' && Character.isLowerCase(paragraph.charAt(length - 2))
                && Character.isLowerCase(next.charAt(0));
    }

    private static List<ClippingLine> join(List<ClippingLine> lines, int width) {
        List<ClippingLine> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        int previousLength = 0;
        for (ClippingLine line : lines) {
            String text = line.text();
            boolean continues = !text.isEmpty() && paragraph.length() > 0 && previousLength >= width * WRAPPED;
            if (!continues && paragraph.length() > 0) {
                out.add(new ClippingLine(start, paragraph.toString()));
                paragraph.setLength(0);
            }
            if (!text.isEmpty()) {
                if (paragraph.length() == 0) {
                    start = line.number();
                } else if (brokenWord(paragraph, text)) {
                    paragraph.setLength(paragraph.length() - 1);
                } else if (paragraph.charAt(paragraph.length() - 1) != '-') {
                    paragraph.append(' ');
                }
                paragraph.append(text);
            }
            previousLength = text.length();
        }
        if (paragraph.length() > 0) {
            out.add(new ClippingLine(start, paragraph.toString()));
        }
        return out;
    }
}
