package org.dossier.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words the dossier writes in lower case somewhere. A capitalised word that opens a sentence
 * and is also written in lower case elsewhere ({@code Recently}, {@code Explained}) is an ordinary
 * word, not a name: the corpus itself tells, with no list to keep.
 *
 * <p>Immutable and thread-safe.
 */
final class Vocabulary {

    private final Set<String> lowerCaseWords;

    private Vocabulary(Set<String> lowerCaseWords) {
        this.lowerCaseWords = Set.copyOf(lowerCaseWords);
    }

    /** The vocabulary of {@code articles}. */
    static Vocabulary of(List<ArticleText> articles) {
        // A set of words is the same whatever order the articles are read in, so they are read in parallel.
        Set<String> words = articles.parallelStream()
                .collect(HashSet::new, (set, article) -> addWords(article, set), Set::addAll);
        return new Vocabulary(words);
    }

    /** The words {@code article} writes in lower case, for a vocabulary kept up to date article by article. */
    static Set<String> wordsOf(ArticleText article) {
        Set<String> words = new HashSet<>();
        addWords(article, words);
        return Set.copyOf(words);
    }

    private static void addWords(ArticleText article, Set<String> words) {
        for (TextBlock block : TextBlock.of(article)) {
            Tokenizer.addLowerCaseWords(block.text(), words);
        }
    }

    /** The vocabulary of a dossier whose articles write {@code words} in lower case. */
    static Vocabulary ofWords(Set<String> words) {
        return new Vocabulary(words);
    }

    /** Whether {@code word} is written in lower case somewhere in the dossier. */
    boolean isCommon(String word) {
        return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
    }
}
