package org.dossier.loader;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a site's section printed above a headline, as a page pastes it: {@code World},
 * {@code News Feed}, {@code Asia Pacific}, {@code Diplomacy}, {@code BRUSSELS PLAYBOOK}, with a
 * kicker after a bar ({@code Asia | Comrades in arms}), or a trail of sections between bars. One
 * capitalised word, one or two words in capitals, or a few words that name a section on news sites. A headline of one word is rare; a section name
 * standing where the title is expected is common.
 */
final class SectionLabel {

    private static final int MAX_LENGTH = 30;
    /** The longest kicker after a section's name: {@code Asia | Comrades in arms}. */
    private static final int MAX_KICKER_WORDS = 6;
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}-]+");
    /** A kicker in capitals: {@code NEWSLETTER}, {@code BRUSSELS PLAYBOOK}. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}-]+(?: \\p{Lu}[\\p{Lu}-]+)?");
    private static final Set<String> NAMES = Set.of(
            "world", "world news", "news", "news feed", "latest news", "top news", "breaking news", "live", "live updates",
            "breaking",
            "asia", "asia pacific", "asia-pacific", "east asia", "europe", "americas", "africa", "middle east",
            "us news", "uk news", "international", "national", "politics", "diplomacy", "conflicts", "conflict",
            "defence", "defense", "security", "military", "defense & security", "war in ukraine", "ukraine war",
            "russia-ukraine war", "north korea", "korean peninsula", "opinion", "analysis", "news analysis",
            "commentary", "editorial", "explainer", "feature", "features", "exclusive", "in depth", "business",
            "economy", "global", "world politics", "foreign affairs", "north korea news", "rest of world",
            "rest of world news", "asia news", "india news");

    private SectionLabel() {}

    /**
     * Whether {@code line} is a section's name known to news sites, such as {@code LIVE} or
     * {@code Analysis}, alone or before a kicker ({@code Asia | Comrades in arms}).
     */
    static boolean isKnown(String line) {
        return NAMES.contains(section(line).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code line} is only a section's name, a trail of them set apart by bars
     * ({@code Flashpoints | Security | East Asia}), or a section's name and a short kicker after a bar.
     */
    static boolean is(String line) {
        String text = line.strip();
        int bar = text.indexOf('|');
        if (bar > 0 && text.indexOf('|', bar + 1) > 0) {
            return Arrays.stream(text.split("\\|")).allMatch(part -> isName(part.strip()));
        }
        if (bar > 0) {
            String kicker = text.substring(bar + 1).strip();
            return !kicker.isEmpty() && kicker.indexOf('|') < 0 && kicker.split(" ").length <= MAX_KICKER_WORDS
                    && isName(section(text));
        }
        return isName(text);
    }

    private static boolean isName(String text) {
        return text.length() <= MAX_LENGTH
                && (ONE_WORD.matcher(text).matches() || CAPITALS.matcher(text).matches() || NAMES.contains(text.toLowerCase(Locale.ROOT)));
    }

    /** The line up to a bar: the section's name of {@code Asia | Comrades in arms}. */
    private static String section(String line) {
        int bar = line.indexOf('|');
        return (bar > 0 ? line.substring(0, bar) : line).strip();
    }
}
