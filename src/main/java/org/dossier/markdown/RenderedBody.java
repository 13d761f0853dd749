package org.dossier.markdown;

import java.util.List;

/**
 * An article body rendered to safe HTML, with the text of its blocks.
 *
 * @param html the sanitised body HTML (no surrounding {@code <body>})
 * @param blocks the blocks that have an id, in document order
 */
public record RenderedBody(String html, List<Block> blocks) {

    public RenderedBody {
        blocks = List.copyOf(blocks);
    }
}
