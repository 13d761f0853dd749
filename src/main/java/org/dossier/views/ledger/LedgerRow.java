package org.dossier.views.ledger;

import java.util.Optional;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Span;
import org.dossier.views.ArticleRef;

/**
 * One figure as one article gives it: a row of the ledger.
 *
 * @param figure the figure entity's id
 * @param facts what the figure says
 * @param article the article that gives it
 * @param span where it stands (its block links to the paragraph)
 * @param sentence the sentence around it
 * @param measure what it measures
 * @param note why it was grouped as it is, when a rule beyond its own words decided, else empty
 */
public record LedgerRow(
        String figure,
        FigureFacts facts,
        ArticleRef article,
        Span span,
        String sentence,
        Measure measure,
        Optional<String> note) {

    /** The row with another measure, and the reason for it. */
    LedgerRow remeasured(Measure newMeasure, String why) {
        return new LedgerRow(figure, facts, article, span, sentence, newMeasure, Optional.of(why));
    }

    /** The value as written, e.g. {@code as many as 15,000}. */
    public String written() {
        return span.text();
    }

    /** The hedge, or an empty string. */
    public String hedge() {
        return facts.hedge().orElse("");
    }

    /** Who makes the claim, or an empty string. */
    public String attribution() {
        return facts.attribution().orElse("");
    }

    /** The hedged value in short, for a chart: {@code as many as 15,000}, {@code USD 20 billion}. */
    public String shortValue() {
        String unit = facts.unit();
        String amount = unit.equals("percent") || Amounts.isCurrency(unit)
                ? Amounts.format(facts.value(), unit) : Amounts.compact(facts.value());
        return facts.hedge().map(h -> h + " " + amount).orElse(amount);
    }

    /**
     * Who says so: the outlet (or the article's title), and whom it cites, e.g. {@code Voice of
     * America, citing the Defense Intelligence of Ukraine}.
     */
    public String citation() {
        return article.sourceLabel() + facts.attribution().map(a -> ", citing " + a).orElse("");
    }

    /** The normalised amount, e.g. {@code 15,000 people}. */
    public String normalised() {
        return Amounts.format(facts);
    }
}
