package org.dossier.loader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tag a news agency puts before a headline to say which edition of the story it is, not part
 * of the headline: {@code (LEAD)}, {@code (2nd LD)}, {@code (URGENT)}, {@code (News Focus)},
 * {@code (Yonhap Interview)}, {@code UPDATE 2-}, {@code EXCLUSIVE-}.
 */
final class EditionTag {

    private static final Pattern BRACKETED = Pattern.compile(
            "\\((?:LEAD|URGENT|\\d+(?:st|nd|rd|th) LD|News (?:Focus|Analysis)|(?:Yonhap|Reuters) (?:Interview|Feature|Exclusive)"
                    + "|Interview|Feature|Profile|Editorial|Photo|Video|LIVE)(?:, [^()]{1,40})?\\)\\s+(?=\\S)");
    private static final Pattern DASHED = Pattern.compile(
            "(?:UPDATE \\d+|EXCLUSIVE|REFILE|CORRECTED|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|BREAKINGVIEWS)-(?=\\p{Lu}|\\d)");

    private EditionTag() {}

    /** {@code title} without the edition tag it opens with, if any; tags in a row all go. */
    static String strip(String title) {
        String rest = title;
        while (true) {
            Matcher bracketed = BRACKETED.matcher(rest);
            Matcher dashed = DASHED.matcher(rest);
            if (bracketed.lookingAt()) {
                rest = rest.substring(bracketed.end());
            } else if (dashed.lookingAt()) {
                rest = rest.substring(dashed.end());
            } else {
                return rest;
            }
        }
    }
}
