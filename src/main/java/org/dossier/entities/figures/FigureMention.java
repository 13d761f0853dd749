package org.dossier.entities.figures;

import org.dossier.entities.FigureFacts;
import org.dossier.entities.Sentence;
import org.dossier.entities.Span;

/**
 * A figure found in an article: where it stands, what it says, and why it was taken for one.
 *
 * @param span where the figure stands (the number with its hedge and unit, e.g. {@code as many as
 *     15,000})
 * @param facts the normalised value, unit, counted thing, hedge and attribution
 * @param evidence why this span is a figure and how it was read
 * @param sentence the sentence around it
 */
public record FigureMention(Span span, FigureFacts facts, String evidence, Sentence sentence) {

    /** The identity that links this figure to the same figure in other articles. */
    public FigureKey key() {
        return FigureKey.of(facts);
    }

    /** A readable name for the figure, such as {@code 15,000 North Korean troops}. */
    public String name() {
        return FigureNames.name(facts);
    }
}
