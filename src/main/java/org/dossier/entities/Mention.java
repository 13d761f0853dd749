package org.dossier.entities;

import java.util.regex.Pattern;

/**
 * One occurrence of an entity in an article, with the reason it was taken for that entity.
 *
 * @param article the id (slug) of the article
 * @param span where it stands
 * @param evidence why this span is this entity, in words a user can check, e.g. {@code full name
 *     earlier in the same article ("Kim Jong-Un", standfirst)}
 * @param sentence the sentence around the mention, for entity pages
 * @param credit whether the mention credits the article's makers rather than tells its news: it
 *     stands in the byline or in a credit line. A writer or editor is a person of the dossier all
 *     the same, but two articles are not related, nor two names connected, by who wrote or edited
 *     them.
 */
public record Mention(String article, Span span, String evidence, Sentence sentence, boolean credit) {

    /**
     * A sentence that opens by crediting the article's makers: {@code (Reporting by Anna Smith;
     * Editing by Tom Brown)}, {@code Additional reporting by ...}, {@code Contributing: ...}.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^[\\s(\\[\u2014\u2013-]{0,3}(?i:(?:with\\s+)?(?:additional\\s+)?"
                    + "(?:(?:reporting|writing|editing|edited|written|compiled|produced|translated|translation|research"
                    + "|photographs?|photos?|graphics|fact-checking|production)"
                    + "(?:\\s+(?:and|&)\\s+\\p{L}+)?\\s+by|contributing|contributors?)\\b)");

    /**
     * A sentence that says who helped: {@code CNN's Yoonjung Seo contributed to this report.},
     * {@code AFP contributed reporting.}
     */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\bcontributed (?:reporting|to this (?:report|story|article))(?: from [^.]{1,80})?[.)]*$");

    /** What a {@link #CREDIT_LINE} may open with before its first word. */
    private static final String CREDIT_LEADERS = " \t\n\u000B\f\r([\u2014\u2013-";

    /** The first two letters, in lower case, of every word a {@link #CREDIT_LINE} can start with. */
    private static final String[] CREDIT_OPENINGS = {"ad", "co", "ed", "fa", "gr", "ph", "pr", "re", "tr", "wi", "wr"};

    /** A mention, told from its block and sentence whether it is a {@link #credit()}. */
    public Mention(String article, Span span, String evidence, Sentence sentence) {
        this(article, span, evidence, sentence, span.block().equals(Span.BYLINE) || sentence.isCreditLine());
    }

    /** Whether {@code sentence} credits the article's makers, in whichever block it stands. */
    static boolean readsAsCreditLine(Sentence sentence) {
        return mayOpenWithCredit(sentence) && CREDIT_LINE.matcher(sentence).lookingAt()
                // The pattern is tried at every place of the sentence: only where its word stands.
                || sentence.contains("contributed") && CONTRIBUTED.matcher(sentence).find();
    }

    /**
     * Whether {@code sentence} may match {@link #CREDIT_LINE}: its first word, after at most three
     * leaders, starts with the letters of one of the credit words. Most sentences are told apart
     * here without running the pattern.
     */
    static boolean mayOpenWithCredit(CharSequence sentence) {
        int at = 0;
        while (at < 3 && at < sentence.length() && CREDIT_LEADERS.indexOf(sentence.charAt(at)) >= 0) {
            at++;
        }
        if (at + 2 > sentence.length()) {
            return false;
        }
        char first = asciiLowerCase(sentence.charAt(at));
        char second = asciiLowerCase(sentence.charAt(at + 1));
        for (String opening : CREDIT_OPENINGS) {
            if (opening.charAt(0) == first && opening.charAt(1) == second) {
                return true;
            }
        }
        return false;
    }

    /** The character in lower case if it is an ASCII capital, as the pattern's case-insensitive match reads it. */
    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A mention in the sentence {@code sentence}, told from its block and sentence whether it is a {@link #credit()}. */
    public Mention(String article, Span span, String evidence, String sentence) {
        this(article, span, evidence, Sentence.of(sentence));
    }
}
