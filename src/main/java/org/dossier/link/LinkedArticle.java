package org.dossier.link;

import java.util.List;
import java.util.Optional;
import org.dossier.entities.Span;
import org.dossier.loader.Article;
import org.dossier.markdown.Block;
import org.dossier.text.CompactText;

/**
 * An article ready to render: its record, its body with entity links, and its related articles.
 *
 * @param id the article's slug; its page is {@code articles/ID.html}
 * @param article the loaded record
 * @param linkedBody the sanitised body with the first mention of each entity linked, as HTML;
 *     held compact, since every article's is held until the pages are written ({@link #bodyHtml()}
 *     reads it)
 * @param blocks the body's text blocks
 * @param related the related articles, closest first
 */
public record LinkedArticle(
        String id, Article article, CompactText linkedBody, List<Block> blocks, List<RelatedArticle> related) {

    public LinkedArticle {
        blocks = List.copyOf(blocks);
        related = List.copyOf(related);
    }

    /** An article whose linked body is the HTML {@code bodyHtml}. */
    public LinkedArticle(String id, Article article, String bodyHtml, List<Block> blocks, List<RelatedArticle> related) {
        this(id, article, CompactText.of(bodyHtml), blocks, related);
    }

    /** The sanitised body with the first mention of each entity linked, as HTML. */
    public String bodyHtml() {
        return linkedBody.toString();
    }

    /**
     * The text of the block a span names: the title, standfirst or byline by their
     * {@link Span} ids, else the body block with id {@code block}; empty when there is none.
     */
    public Optional<String> blockText(String block) {
        return switch (block) {
            case Span.TITLE -> Optional.of(article.title());
            case Span.STANDFIRST -> article.standfirst();
            case Span.BYLINE -> article.author();
            default -> bodyBlockText(block);
        };
    }

    private Optional<String> bodyBlockText(String block) {
        for (Block b : blocks) {
            if (b.id().equals(block)) {
                return Optional.of(b.text());
            }
        }
        return Optional.empty();
    }

    /** The page of this article relative to the site root. */
    public String url() {
        return "articles/" + id + ".html";
    }
}
