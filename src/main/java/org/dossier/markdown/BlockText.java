package org.dossier.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a block as the cross-linker sees it: the raw text of every descendant text node,
 * concatenated in document order and not normalised, so that a character offset into it points to
 * one place in one text node.
 */
public final class BlockText {

    private BlockText() {}

    /** The concatenated raw text of {@code element}'s descendant text nodes. */
    public static String of(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((NodeVisitor) (Node node, int depth) -> {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            }
        }, element);
        return text.toString();
    }
}
