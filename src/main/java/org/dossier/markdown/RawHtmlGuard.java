package org.dossier.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * Keeps raw HTML in a body from hiding the text after it. CommonMark runs a block that opens with
 * {@code <script>}, {@code <style>}, {@code <pre>}, {@code <textarea>}, a comment or a processing
 * instruction to its closing mark, or to the end of the article when there is none; and an HTML
 * parser reads everything after {@code <title>}, {@code <textarea>}, {@code <xmp>},
 * {@code <plaintext>} and the like as text of that element, which the sanitiser then drops or
 * shows as source. So an opening {@code <script>} left in a paste would take the rest of the
 * article with it.
 *
 * <p>After parsing, an HTML block that never meets its closing mark keeps only the text of its
 * first line (nothing of an unclosed comment), and the lines after it are read again as Markdown. Elements whose content an HTML parser reads
 * as raw text are removed from raw HTML, with their content when they close in the same piece of
 * HTML, else the tag alone; none of them is allowed in a page anyway.
 */
final class RawHtmlGuard implements PostProcessor {

    private static final String RAW_TEXT = "script|style|textarea|title|xmp|plaintext|noembed|noframes|noscript|iframe";
    /** A raw-text element with its content, closed in the same piece of HTML. */
    private static final Pattern CLOSED_ELEMENT = Pattern.compile(
            "(?is)<(" + RAW_TEXT + ")\\b[^>]*>.*?</\\1\\s*>");
    /** An opening or closing tag of a raw-text element left after closed elements are removed. */
    private static final Pattern LONE_TAG = Pattern.compile("(?i)</?(?:" + RAW_TEXT + ")\\b[^>]*>");

    /** A tag, or what is left of one at the end of its line. */
    private static final Pattern TAG = Pattern.compile("<[^>]*(?:>|$)");

    /** The openings of the HTML blocks that end at a mark of their own, with their marks. */
    private static final List<Ending> ENDINGS = List.of(
            new Ending(Pattern.compile("(?i)^ {0,3}<(?:script|pre|style|textarea)(?:\\s|>|$)"),
                    Pattern.compile("(?i)</(?:script|pre|style|textarea)>"), true),
            new Ending(Pattern.compile("^ {0,3}<!--"), Pattern.compile("-->"), false),
            new Ending(Pattern.compile("^ {0,3}<\\?"), Pattern.compile("\\?>"), false),
            new Ending(Pattern.compile("^ {0,3}<!\\[CDATA\\["), Pattern.compile("]]>"), false),
            new Ending(Pattern.compile("^ {0,3}<![A-Za-z]"), Pattern.compile(">"), false));

    /**
     * The most unclosed blocks read again one inside the next: each reading takes the rest of the
     * article, so a file of nothing but openings costs no more than this many readings.
     */
    private static final int MAX_REOPENED = 20;

    private final Parser parser;

    /** A guard that reads the lines after an unclosed block with {@code parser}. */
    RawHtmlGuard(Parser parser) {
        this.parser = parser;
    }

    @Override
    public Node process(Node document) {
        guard(document, 0);
        return document;
    }

    /** Guards the raw HTML of {@code node}, {@code depth} unclosed blocks deep. */
    private void guard(Node node, int depth) {
        List<HtmlBlock> blocks = new ArrayList<>();
        List<HtmlInline> inlines = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                blocks.add(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                inlines.add(inline);
            }
        });
        for (HtmlBlock block : blocks) {
            if (depth < MAX_REOPENED) {
                reopenAfter(block, depth);
            }
            block.setLiteral(withoutRawText(block.getLiteral()));
        }
        for (HtmlInline inline : inlines) {
            inline.setLiteral(withoutRawText(inline.getLiteral()));
        }
    }

    /** Reads again as Markdown the lines after the first of a block that never meets its closing mark. */
    private void reopenAfter(HtmlBlock block, int depth) {
        String literal = block.getLiteral();
        int lineEnd = literal.indexOf('\n');
        if (lineEnd < 0 || lineEnd == literal.length() - 1) {
            return;
        }
        for (Ending ending : ENDINGS) {
            if (ending.opening().matcher(literal).find()) {
                if (!ending.closing().matcher(literal).find()) {
                    block.setLiteral(ending.keepsFirstLine() ? TAG.matcher(literal.substring(0, lineEnd)).replaceAll("") + "\n" : "");
                    Node rest = parser.parse(literal.substring(lineEnd + 1));
                    guard(rest, depth + 1);
                    Node after = block;
                    for (Node child = rest.getFirstChild(); child != null; ) {
                        Node next = child.getNext();
                        after.insertAfter(child);
                        after = child;
                        child = next;
                    }
                }
                return;
            }
        }
    }

    private static String withoutRawText(String html) {
        String closedRemoved = CLOSED_ELEMENT.matcher(html).replaceAll("");
        return LONE_TAG.matcher(closedRemoved).replaceAll("");
    }

    /**
     * How an HTML block opens, the mark that closes it, and whether the text of its first line is
     * kept, without its tags, when the mark never comes: after an element's opening tag it is,
     * but an unclosed comment, instruction or declaration is dropped whole.
     */
    private record Ending(Pattern opening, Pattern closing, boolean keepsFirstLine) {}
}
