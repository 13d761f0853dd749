package org.dossier.views.timeline;

import java.util.function.IntFunction;
import org.dossier.views.ArticleTexts;

/**
 * The text of a block as the timeline reads it: the text, and the bounds of its sentences,
 * split when first asked. The date finder and the timeline share one, so that a block is split
 * once, and a block without dates not at all. Not thread-safe.
 */
final class BlockText {

    private final String text;
    private IntFunction<int[]> sentences;

    BlockText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The start and end offsets of the sentence that holds {@code offset}, as {@link ArticleTexts#sentenceBounds} finds them. */
    int[] sentenceAround(int offset) {
        if (sentences == null) {
            sentences = ArticleTexts.sentenceBoundsOf(text);
        }
        return sentences.apply(offset);
    }
}
