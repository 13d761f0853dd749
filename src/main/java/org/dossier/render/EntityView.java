package org.dossier.render;

import java.util.List;

/**
 * What {@code entity.mustache} reads: one page of an entity. Absent fields are null.
 *
 * @param name the entity's name
 * @param kind its kind in words, e.g. {@code Person}
 * @param aliases the other surface forms seen, sorted
 * @param country for a capital, the country it stands for, or null
 * @param figure what a figure says, or null for other kinds
 * @param summary e.g. {@code Named in 3 articles, 7 times.}
 * @param articles the articles naming it on this page, in reading order
 * @param coMentioned the entities most often named in the same articles (first page only)
 * @param figures the figures given most often in sentences that name it (first page only)
 * @param moreFigures e.g. {@code 12 more in the figures ledger}, or null when all are listed
 * @param pagination the page links when the entity needs more than one page, or null
 */
public record EntityView(
        String name,
        String kind,
        List<String> aliases,
        EntityLink country,
        FigureView figure,
        String summary,
        List<ArticleMentions> articles,
        List<EntityLink> coMentioned,
        List<EntityLink> figures,
        String moreFigures,
        List<?> events,
        String moreEvents,
        String root,
        Pagination pagination) {

    public EntityView {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
        coMentioned = List.copyOf(coMentioned);
        figures = List.copyOf(figures);
        events = List.copyOf(events);
    }

    /**
     * An article that names the entity, with the sentences that do.
     *
     * @param article the article
     * @param quotes the first sentences naming the entity, in order
     * @param more e.g. {@code 12 more sentences in this article name it}, or null when all are shown
     */
    public record ArticleMentions(ArticleSummary article, List<Quote> quotes, String more) {

        public ArticleMentions {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * A sentence that names the entity.
     *
     * @param sentence the sentence, the mentions marked
     * @param href the paragraph it stands in, relative to this page
     * @param where the paragraph in words, e.g. {@code ¶ 3}
     * @param whereLong the same for screen readers, e.g. {@code paragraph 3}
     */
    public record Quote(MarkedSentence sentence, String href, String where, String whereLong) {}

    /**
     * What a figure says, in words.
     *
     * @param value the amount, e.g. {@code 20,000,000,000 (20 billion)}
     * @param unit the unit, e.g. {@code USD}
     * @param what the counted noun phrase as written
     * @param hedge e.g. {@code as many as}, or null
     * @param attribution who makes the claim, or null
     * @param alternatives the same amount in other units, e.g. {@code 25.7 billion SGD}
     */
    public record FigureView(
            String value, String unit, String what, String hedge, String attribution, List<String> alternatives) {}
}
