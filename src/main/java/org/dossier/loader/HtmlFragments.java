package org.dossier.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Deals with raw HTML pasted along with the text, such as
 * {@code <div class="paragraphs"><p>Caption</p></div>}: markup never passes through. A line that
 * is markup is parsed with Jsoup and replaced by the text of its blocks, unless that text is
 * already in the clipping (pages often carry a caption both as markup and as text), in which case
 * the line goes. The texts found in markup are remembered: a short line repeating one is a caption.
 * So is a short text of a few markup lines in a clipping of text, as a figure's markup copied
 * along with the story; but when markup gives most of the clipping's lines, the story itself was
 * pasted as HTML, and only a text it also repeats as plain text is taken for a caption.
 */
final class HtmlFragments {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, td, th";

    /**
     * The clipping's lines after resolving markup.
     *
     * @param lines the lines with markup replaced by their text or removed
     * @param fragmentTexts the {@link TextKey} of every text found in markup that may be a caption
     */
    record Resolved(List<ClippingLine> lines, Set<String> fragmentTexts) {
        Resolved {
            lines = List.copyOf(lines);
            fragmentTexts = Set.copyOf(fragmentTexts);
        }
    }

    private HtmlFragments() {}

    /** Resolves every markup line of {@code lines}. */
    static Resolved resolve(List<ClippingLine> lines) {
        if (lines.stream().noneMatch(line -> isMarkup(line.text()))) {
            return new Resolved(lines, Set.of());
        }
        Set<String> plainTexts = new HashSet<>();
        for (ClippingLine line : lines) {
            if (!isMarkup(line.text())) {
                plainTexts.add(TextKey.of(line.text()));
            }
        }
        int fromText = 0;
        int fromMarkup = 0;
        Set<String> fragmentTexts = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        List<ClippingLine> out = new ArrayList<>();
        for (ClippingLine line : lines) {
            if (!isMarkup(line.text())) {
                out.add(line);
                fromText += line.text().isBlank() ? 0 : 1;
                continue;
            }
            for (String text : blockTexts(line.text())) {
                String key = TextKey.of(text);
                fragmentTexts.add(key);
                if (plainTexts.add(key)) {
                    out.add(line.withText(text));
                    fromMarkup++;
                } else {
                    repeated.add(key);
                }
            }
        }
        boolean pastedAsHtml = fromMarkup > fromText;
        return new Resolved(out, pastedAsHtml ? repeated : fragmentTexts);
    }

    /** Whether a line is markup rather than text: it opens with a tag and closes with one. */
    static boolean isMarkup(String text) {
        if (text.length() < 3 || text.charAt(0) != '<' || text.charAt(text.length() - 1) != '>') {
            return false;
        }
        char second = text.charAt(1);
        return Character.isLetter(second) || second == '/' || second == '!';
    }

    private static List<String> blockTexts(String markup) {
        Element body = Jsoup.parseBodyFragment(markup).body();
        List<String> texts = new ArrayList<>();
        Elements blocks = body.select(BLOCKS);
        for (Element block : blocks) {
            if (block.select(BLOCKS).size() == 1) { // innermost blocks only: no text twice
                addText(texts, block.text());
            }
        }
        if (blocks.isEmpty()) {
            addText(texts, body.text());
        }
        return texts;
    }

    private static void addText(List<String> texts, String text) {
        String clean = text.strip();
        if (!clean.isEmpty()) {
            texts.add(clean);
        }
    }
}
