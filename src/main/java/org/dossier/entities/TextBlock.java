package org.dossier.entities;

import java.util.ArrayList;
import java.util.List;
import org.dossier.markdown.Block;

/**
 * One searchable block of an article: the title, the standfirst, the byline or a body block.
 *
 * @param id the block id a {@link Span} names ({@code title}, {@code standfirst}, {@code byline},
 *     {@code p3})
 * @param text the block's text
 */
record TextBlock(String id, String text) {

    /** The blocks of {@code article} in reading order: title, standfirst, byline, body. */
    static List<TextBlock> of(ArticleText article) {
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock(Span.TITLE, article.title()));
        article.standfirst().ifPresent(s -> blocks.add(new TextBlock(Span.STANDFIRST, s)));
        article.author().ifPresent(a -> blocks.add(new TextBlock(Span.BYLINE, a)));
        for (Block block : article.body()) {
            blocks.add(new TextBlock(block.id(), block.text()));
        }
        return List.copyOf(blocks);
    }

    /** Whether this is the byline. */
    boolean byline() {
        return id.equals(Span.BYLINE);
    }
}
