package org.dossier.markdown;

import java.util.List;
import org.dossier.text.CompactText;

/**
 * An article body rendered to safe HTML, with the text of its blocks.
 *
 * @param markup the sanitised body HTML (no surrounding {@code <body>}); held compact or on a
 *     shelf, since every article's is held until the bodies are linked ({@link #html()} reads it)
 * @param blocks the blocks that have an id, in document order
 */
public record RenderedBody(CompactText markup, List<Block> blocks) {

    public RenderedBody {
        blocks = List.copyOf(blocks);
    }

    /** The sanitised body HTML (no surrounding {@code <body>}). */
    public String html() {
        return markup.toString();
    }
}
