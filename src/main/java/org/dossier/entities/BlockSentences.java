package org.dossier.entities;

import java.util.List;

/**
 * The sentences of one article's blocks, each block split when first asked for and kept: a live
 * build hands the same object to the next extraction while the article's text is unchanged, so
 * its blocks are not split again. Thread-safe.
 */
final class BlockSentences {

    private final List<TextBlock> blocks;
    private final Sentences.Split[] splits;

    BlockSentences(List<TextBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        this.splits = new Sentences.Split[blocks.size()];
    }

    /** The sentence of block {@code block} (its position) around {@code offset}, as {@link Sentences#around} finds it. */
    synchronized Sentence around(int block, int offset) {
        if (splits[block] == null) {
            splits[block] = Sentences.split(blocks.get(block).text());
        }
        return splits[block].around(offset);
    }
}
