package org.dossier.entities.figures;

import java.util.List;
import org.dossier.entities.ArticleText;

/**
 * Finds the figures of an article: numbers that carry a claim (troop counts, money, percentages),
 * not years, dates, ages, ordinals or calibres.
 *
 * <p>Immutable and thread-safe.
 */
public final class FigureExtractor {

    /** The figures in the body of {@code text}, in reading order. */
    public List<FigureMention> extract(ArticleText text) {
        return List.of();
    }
}
