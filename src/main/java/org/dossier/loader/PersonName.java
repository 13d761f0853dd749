package org.dossier.loader;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a short line is a personal name, as in a byline: two to five capitalised words
 * (initials and particles such as {@code de}, {@code van} or {@code bin} allowed), or several such
 * names joined by {@code and}. Words that label page sections are never names. An
 * {@code in Place} after a name, as in {@code Justin McCurry in Tokyo}, is not part of it.
 */
final class PersonName {

    static final int MAX_LENGTH = 80;
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?|(?:\\p{Lu}\\.){1,3}");
    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
            "bin", "binti", "ibn", "al", "el", "la", "le");
    private static final Pattern PERSON_SEPARATOR = Pattern.compile(",? (?:and|&) |, ", Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 5;
    /** Where a writer files from, after each name: {@code Justin McCurry in Tokyo and Jane Doe in New York}. */
    private static final Pattern PLACE = Pattern.compile(
            " in \\p{Lu}[\\p{L}.'’-]*(?: (?:(?:de|da|del|do|di|al|el|la|le) )?\\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "(?=$|,? (?:and|&) |, )");
    private static final Set<String> LABEL_WORDS = Set.of(
            "news", "stories", "story", "updates", "update", "live", "opinion", "analysis", "world", "politics",
            "business", "sport", "sports", "read", "more", "top", "related", "articles", "article", "latest",
            "breaking", "video", "videos", "photos", "photo", "comments", "share", "follow", "advertisement",
            "published", "updated", "editorial", "exclusive", "explainer", "home", "section", "international",
            "edition", "newsletter", "subscribe", "podcast", "listen", "watch", "menu", "search", "the", "of",
            "for", "in", "on", "by", "with", "what", "why", "how", "who", "when", "where", "times", "journal",
            "herald", "tribune", "daily", "press", "agency", "television", "tv", "radio", "network", "media",
            "gazette", "telegraph", "chronicle", "magazine", "weekly", "broadcasting", "english", "arabic", "online",
            "digital", "post", "observer", "independent", "express", "insider", "monitor");

    private PersonName() {}

    /** The names {@code line} gives, without any {@code in Place}, if the line is only names. */
    static Optional<String> read(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String name = withoutPlace(line.strip());
        return isName(name) ? Optional.of(name) : Optional.empty();
    }

    /** {@code text}, if it is one or more names and nothing else, not even a place after them. */
    static Optional<String> readWhole(String text) {
        return read(text).filter(text::equals);
    }

    private static String withoutPlace(String line) {
        return PLACE.matcher(line).replaceAll("");
    }

    /** Whether {@code text} is one or more personal names and nothing else. */
    static boolean isName(String text) {
        for (String person : PERSON_SEPARATOR.split(text, -1)) {
            if (!isPerson(person)) {
                return false;
            }
        }
        return true;
    }

    /** A word of three or more capitals without a vowel, as {@code NHK} or {@code CNN}, is no part of a name. */
    private static boolean isAcronym(String word) {
        return word.length() >= 3 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')
                && word.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0);
    }

    private static boolean isPerson(String person) {
        String[] words = person.split(" ", -1);
        if (words.length < 2 || words.length > MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            boolean inner = i > 0 && i < words.length - 1;
            if (inner && PARTICLES.contains(lower)) {
                continue;
            }
            if (!WORD.matcher(words[i]).matches() || LABEL_WORDS.contains(lower) || isAcronym(words[i])) {
                return false;
            }
        }
        return true;
    }
}
