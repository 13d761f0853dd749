package org.dossier.loader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note on the writer closing an article: a paragraph that opens with the name of one of its
 * authors and says who they are ({@code Jane Doe is the Seoul bureau chief for The Washington
 * Post. She covers the Koreas.}), where the writers worked or what they cover, by family name
 * ({@code Doe reported from Seoul.}, {@code Kim covers North and South Korea for the Associated
 * Press.}), or the byline given again ({@code By Jane Doe (jane@example.com)}), with or without
 * "By", in any case. It is about the writer, not the story; the outlet it names for the writer's
 * work is the article's source.
 *
 * @param outlet the outlet the note says the writer works for, if it says
 */
record WriterNote(Optional<String> outlet) {

    private static final int MAX_LENGTH = 400;
    private static final Pattern AUTHORS = Pattern.compile(",? (?:and|&) |, ");
    private static final Pattern ABOUT = Pattern.compile(" (?:is|was|has been|covers|reports|writes)\\b.*", Pattern.DOTALL);
    /**
     * Where the writers worked, each named by the family name alone: {@code Lee reported from Seoul
     * and Dixon from Riga, Latvia.}, {@code Smith contributed reporting.}
     */
    private static final Pattern WHERE_FROM = Pattern.compile(
            " (?:reported from|contributed (?:reporting|to this report)|covers \\p{L}[^.!?]{0,80} for)\\b[^.!?]{0,160}[.!?]?");
    private static final Pattern BYLINE_AGAIN = Pattern.compile("(?i)by .*");
    /** What may follow a byline given again: nothing, or the writer's address, in brackets or not. */
    private static final Pattern EMAIL_AFTER = Pattern.compile("(?:\\s*[(\\[]\\S+@\\S+[)\\]]|\\s+\\S+@\\S+)?\\.?");
    private static final Pattern WORKS_FOR = Pattern.compile(
            "\\b(?:correspondent|reporter|editor|bureau chief|writer|journalist|columnist|producer|contributor)"
                    + " (?:for|at|with) ((?:The )?\\p{Lu}[\\p{L}&'-]*(?: \\p{Lu}[\\p{L}&'-]*){0,4})[.,]");

    /** The note {@code paragraph} is, when it opens with one of {@code authors} (as a byline gives them). */
    static Optional<WriterNote> read(String paragraph, String authors) {
        if (paragraph.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String signed = BYLINE_AGAIN.matcher(paragraph).matches() ? paragraph.substring(3) : paragraph;
        for (String writer : AUTHORS.split(authors)) {
            // In capitals too: "BY MICHAEL LEE [lee@example.com]".
            if (signed.regionMatches(true, 0, writer, 0, writer.length())
                    && EMAIL_AFTER.matcher(signed.substring(writer.length())).matches()) {
                // The byline again under the story, with or without "By", as some sites sign off.
                return Optional.of(new WriterNote(Optional.empty()));
            }
            String familyName = writer.substring(writer.lastIndexOf(' ') + 1);
            if (!familyName.equals(writer) && paragraph.startsWith(familyName)
                    && WHERE_FROM.matcher(paragraph.substring(familyName.length())).matches()) {
                return Optional.of(new WriterNote(Optional.empty()));
            }
            if (paragraph.startsWith(writer) && ABOUT.matcher(paragraph.substring(writer.length())).matches()) {
                Matcher outlet = WORKS_FOR.matcher(paragraph);
                return Optional.of(new WriterNote(outlet.find() ? Optional.of(outlet.group(1)) : Optional.empty()));
            }
        }
        return Optional.empty();
    }
}
