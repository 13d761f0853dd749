package org.dossier.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.entities.figures.FigureMention;

/**
 * What an extraction found in each article, kept so that the next extraction of the same dossier,
 * after a few articles changed, recognises again only the articles whose reading can differ: the
 * changed ones, and, when the dossier's vocabulary of lower-case words changed, the ones that
 * contain a word that came or went. Everything else in an article's recognition depends on the
 * article alone, so its findings are reused as they were.
 *
 * <p>Immutable; an extraction returns a new memo with its result.
 */
public final class RecognitionMemo {

    private static final RecognitionMemo EMPTY = new RecognitionMemo(Map.of(), Map.of());

    private final Map<String, Seen> byArticle;
    /** How many articles write each lower-case word: the vocabulary, kept countable. */
    private final Map<String, Integer> wordCounts;

    RecognitionMemo(Map<String, Seen> byArticle, Map<String, Integer> wordCounts) {
        this.byArticle = Map.copyOf(byArticle);
        this.wordCounts = Map.copyOf(wordCounts);
    }

    /** A memo that knows nothing: the extraction recognises every article. */
    public static RecognitionMemo empty() {
        return EMPTY;
    }

    /** The number of articles whose findings this memo holds. */
    public int size() {
        return byArticle.size();
    }

    Seen seen(String article) {
        return byArticle.get(article);
    }

    Map<String, Seen> byArticle() {
        return byArticle;
    }

    Map<String, Integer> wordCounts() {
        return wordCounts;
    }

    /**
     * One article as the last extraction read it.
     *
     * @param text the article's text
     * @param words the words it writes in lower case
     * @param findings its names
     * @param figures its figures
     * @param sentences the sentences of its blocks, split as the assembly asked for them
     */
    record Seen(ArticleText text, Set<String> words, ArticleFindings findings, List<FigureMention> figures,
            BlockSentences sentences) {}

    /**
     * Whether {@code article} writes any of {@code words} as a word of its own, in any case: then a
     * vocabulary change can touch its reading. The words the recogniser looks up are tokens of the
     * article's text, and a token never has a letter or digit right before or after it.
     */
    static boolean writesAny(ArticleText article, Set<String> words) {
        for (TextBlock block : TextBlock.of(article)) {
            String text = block.text().toLowerCase(Locale.ROOT);
            for (String word : words) {
                String lower = word.toLowerCase(Locale.ROOT);
                for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
                    int end = at + lower.length();
                    if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK;
    }

    /** The counts of {@code previous} with the words of the articles that left taken out and those that came added. */
    static Map<String, Integer> recount(Map<String, Integer> previous, List<Set<String>> left, List<Set<String>> came) {
        Map<String, Integer> counts = new HashMap<>(previous);
        left.forEach(words -> words.forEach(w -> counts.computeIfPresent(w, (k, n) -> n == 1 ? null : n - 1)));
        came.forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
        return counts;
    }
}
