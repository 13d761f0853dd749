package org.dossier.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.dossier.entities.Sentence;
import org.dossier.entities.Sentences;
import org.dossier.entities.Span;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.markdown.Block;

/**
 * The articles of a dossier as the views read them: by id, in reading order, with the text of
 * each block and the sentence around a span. Thread-safe; its only state after building is what
 * it finds once for the longest blocks and the articles of most blocks.
 */
public final class ArticleTexts {

    /** A block longer than this has its sentences split once and kept; a usual paragraph is read again each time. */
    private static final int LONG_BLOCK = 10_000;
    /** An article of more blocks than this has them indexed by id; a usual one is searched in order. */
    private static final int MANY_BLOCKS = 64;

    private final Map<String, LinkedArticle> byId = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    /** The sentence bounds of the few blocks longer than {@link #LONG_BLOCK}, by article and block. */
    private final Map<String, IntFunction<int[]>> longBlocks = new ConcurrentHashMap<>();
    /** The positions of the blocks of the few articles of more than {@link #MANY_BLOCKS}, by article. */
    private final Map<String, Map<String, Integer>> bodyIndexes = new ConcurrentHashMap<>();

    public ArticleTexts(LinkedDossier dossier) {
        List<LinkedArticle> articles = dossier.articles();
        for (int i = 0; i < articles.size(); i++) {
            byId.put(articles.get(i).id(), articles.get(i));
            order.put(articles.get(i).id(), i);
        }
    }

    /**
     * The text of a sentence split at a span.
     *
     * @param sentence the whole sentence
     * @param before the sentence's text before the span
     * @param after the sentence's text after the span
     */
    public record Around(String sentence, String before, String after) {}

    /** The reference of the article {@code id}, if the dossier has it. */
    public Optional<ArticleRef> article(String id) {
        return Optional.ofNullable(byId.get(id)).map(ArticleRef::of);
    }

    /** The position of the article in reading order; unknown articles last. */
    public int order(String id) {
        return order.getOrDefault(id, Integer.MAX_VALUE);
    }

    /** A sort key for a span within its article: title, standfirst, byline, then body blocks in order. */
    public long position(String article, Span span) {
        return blockIndex(article, span.block()) * 1_000_000L + span.start();
    }

    /** The text of block {@code block} of article {@code article}, or an empty string. */
    public String blockText(String article, String block) {
        LinkedArticle linked = byId.get(article);
        if (linked == null) {
            return "";
        }
        if (linked.blocks().size() <= MANY_BLOCKS || block.equals(Span.TITLE) || block.equals(Span.STANDFIRST)
                || block.equals(Span.BYLINE)) {
            return linked.blockText(block).orElse("");
        }
        Integer index = bodyIndex(linked).get(block);
        return index == null ? "" : linked.blocks().get(index).text();
    }

    /** The position of each body block of an article of many blocks, by id, found once. */
    private Map<String, Integer> bodyIndex(LinkedArticle linked) {
        return bodyIndexes.computeIfAbsent(linked.id(), id -> {
            Map<String, Integer> index = new HashMap<>();
            List<Block> blocks = linked.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                index.putIfAbsent(blocks.get(i).id(), i);
            }
            return index;
        });
    }

    /** The sentence around {@code span}, split at it. */
    public Around around(String article, Span span) {
        String text = blockText(article, span.block());
        if (span.end() > text.length() || span.start() > span.end()) {
            return new Around(span.text(), "", "");
        }
        int[] bounds = text.length() > LONG_BLOCK ? longBlockBounds(article, span.block(), text).apply(span.start())
                : sentenceBounds(text, span.start());
        return new Around(text.substring(bounds[0], bounds[1]).strip(),
                text.substring(bounds[0], span.start()), text.substring(span.end(), Math.max(span.end(), bounds[1])));
    }

    /** The sentences of a long block, split once: a pasted block of a whole book's length holds thousands of spans. */
    private IntFunction<int[]> longBlockBounds(String article, String block, String text) {
        return longBlocks.computeIfAbsent(article + "\n" + block, key -> sentenceBoundsOf(text));
    }

    /** The start and end offsets of the sentence of {@code text} that holds {@code offset}. */
    public static int[] sentenceBounds(String text, int offset) {
        return bounds(text, Sentences.split(text).around(offset), offset);
    }

    /**
     * The {@link #sentenceBounds} of {@code text} for any offset, its sentences found once: for a
     * text with many offsets to look up. Not thread-safe.
     */
    public static IntFunction<int[]> sentenceBoundsOf(String text) {
        Sentences.Split split = Sentences.split(text);
        return offset -> bounds(text, split.around(offset), offset);
    }

    private static int[] bounds(String text, Sentence sentence, int offset) {
        return sentence.start() > offset ? new int[] {0, text.length()} : new int[] {sentence.start(), sentence.end()};
    }

    private int blockIndex(String article, String block) {
        switch (block) {
            case Span.TITLE:
                return 0;
            case Span.STANDFIRST:
                return 1;
            case Span.BYLINE:
                return 2;
            default:
                break;
        }
        LinkedArticle linked = byId.get(article);
        if (linked != null && linked.blocks().size() > MANY_BLOCKS) {
            Integer index = bodyIndex(linked).get(block);
            return index == null ? Integer.MAX_VALUE / 2 : 3 + index;
        }
        if (linked != null) {
            List<Block> blocks = linked.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).id().equals(block)) {
                    return 3 + i;
                }
            }
        }
        return Integer.MAX_VALUE / 2;
    }
}
