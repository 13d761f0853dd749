package org.dossier.entities.figures;

import java.util.ArrayList;
import java.util.List;
import org.dossier.entities.ArticleText;
import org.dossier.entities.Span;
import org.dossier.markdown.Block;

/**
 * Finds the figures of an article: numbers that carry a claim (troop counts, money, percentages),
 * not years, dates, ages, ordinals or calibres.
 *
 * <p>The title, the standfirst and each body block are read in one pass over their tokens, with rules that look only at a few
 * tokens around each number, so the cost grows linearly with the text. What is taken for a figure:
 *
 * <ul>
 *   <li>money, with a currency sign, code or name ({@code US$20 billion}, {@code Rs 2,000 crore},
 *       {@code 500 billion won}), and any amount in another currency in brackets after it;
 *   <li>percentages ({@code 40 per cent of Russia's ammunition}, {@code a 19% tariff});
 *   <li>counts of plural nouns or persons ({@code 5,000 military construction workers}, {@code
 *       80,000 evacuated}, {@code 12,500 of them} with the noun read back from the sentence).
 * </ul>
 *
 * <p>Numbers written as words count from ten up ({@code thirty dead}); smaller ones ({@code two
 * destroyers}) are incidental far more often than claims. A count whose noun cannot be found, or is
 * singular ({@code the 8,000 figure}), is not taken: a number that counts nothing nameable cannot be
 * linked across articles.
 *
 * <p>Immutable and thread-safe.
 */
public final class FigureExtractor {

    /** The figures in the title, the standfirst and the body of {@code text}, in reading order. */
    public List<FigureMention> extract(ArticleText text) {
        List<FigureMention> figures = new ArrayList<>(new BlockFigures(new Block(Span.TITLE, true, text.title())).read());
        text.standfirst().ifPresent(standfirst -> figures.addAll(new BlockFigures(new Block(Span.STANDFIRST, false,
                standfirst)).read()));
        for (Block block : text.body()) {
            figures.addAll(new BlockFigures(block).read());
        }
        return List.copyOf(figures);
    }
}
