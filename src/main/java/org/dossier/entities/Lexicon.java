package org.dossier.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The general English word lists the recogniser reads its cues from: titles and honorifics, role
 * nouns, speech verbs, organisation head words, place nouns and function words, packed as
 * resources under {@code org/dossier/entities/lexicon/}, plus the calendar words of
 * {@link java.time}. No list names a person, country or organisation.
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {

    private static final String FOLDER = "lexicon/";

    /** Endings of a title not yet taken up. */
    private static final List<String> PENDING = List.of("-elect", "-designate");

    private final Set<String> titles;
    private final Set<String> roles;
    private final Set<String> speechVerbs;
    private final Set<String> organisationHeads;
    private final Set<String> organisationNouns;
    private final Set<String> governmentHeads;
    private final Set<String> governmentPortfolios;
    private final Set<String> placeNouns;
    private final Set<String> placeFeatures;
    private final Set<String> functionWords;
    private final Set<String> modifierEndings;
    private final Set<String> possessiveNameWords;
    private final Set<String> calendarWords;

    private Lexicon() {
        titles = read("titles.txt");
        roles = read("roles.txt");
        speechVerbs = read("speech-verbs.txt");
        organisationHeads = read("organisation-heads.txt");
        organisationNouns = read("organisation-nouns.txt");
        governmentHeads = read("government-heads.txt");
        governmentPortfolios = read("government-portfolios.txt");
        placeNouns = read("place-nouns.txt");
        placeFeatures = read("place-features.txt");
        functionWords = read("function-words.txt");
        modifierEndings = read("modifier-endings.txt");
        possessiveNameWords = read("possessive-name-words.txt");
        calendarWords = calendar();
    }

    /** The packed lexicon. */
    static Lexicon load() {
        return new Lexicon();
    }

    /**
     * A title before a name; of a hyphenated word the last part counts ("Secretary-General"), and
     * a title yet to be taken up is one ("President-elect", "Prime Minister-designate").
     */
    boolean isTitle(String word) {
        String key = key(word);
        for (String pending : PENDING) {
            if (key.endsWith(pending) && key.length() > pending.length()) {
                return isTitle(key.substring(0, key.length() - pending.length()));
            }
        }
        return titles.contains(key) || titles.contains(lastPart(word));
    }

    /** A role noun; of a hyphenated word the last part counts ("director-general"). */
    boolean isRole(String word) {
        return roles.contains(key(word)) || roles.contains(lastPart(word));
    }

    private static String lastPart(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen < 0 ? "" : key(word.substring(hyphen + 1));
    }

    boolean isSpeechVerb(String word) {
        return speechVerbs.contains(key(word));
    }

    boolean isOrganisationHead(String word) {
        return organisationHeads.contains(key(word));
    }

    /** The head of a name every government gives a body of its own: "Ministry", "Assembly". */
    boolean isGovernmentHead(String word) {
        return governmentHeads.contains(key(word));
    }

    /** A word naming what such a body does or is: "Foreign", "Defence", "Presidential", "Affairs". */
    boolean isGovernmentPortfolio(String word) {
        return governmentPortfolios.contains(key(word));
    }

    /** Lower-case nouns for kinds of organisation: "firm", "think tank". */
    boolean isOrganisationNoun(String word) {
        return organisationNouns.contains(key(word));
    }

    boolean isPlaceNoun(String word) {
        return placeNouns.contains(key(word));
    }

    boolean isPlaceFeature(String word) {
        return placeFeatures.contains(key(word));
    }

    boolean isFunctionWord(String word) {
        return functionWords.contains(key(word));
    }

    /**
     * Whether {@code word} is a name made an adjective by its ending, as {@code Seoul-based},
     * {@code Kremlin-backed}, {@code Soviet-era}: it describes what follows and is no part of its name.
     */
    boolean isCompoundModifier(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && modifierEndings.contains(key(word.substring(hyphen + 1)));
    }

    /**
     * Whether {@code word}, written with a possessive, stays inside the name it stands in:
     * {@code Workers' Party}, {@code People's Liberation Army}.
     */
    boolean isPossessiveNameWord(String word) {
        return possessiveNameWords.contains(key(word));
    }

    /** Days of the week and months, full and abbreviated: never names. */
    boolean isCalendarWord(String word) {
        return calendarWords.contains(key(word));
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Set<String> calendar() {
        Set<String> words = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            words.add(key(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            words.add(key(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        }
        for (Month month : Month.values()) {
            words.add(key(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            words.add(key(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        }
        words.add("sept");
        return Set.copyOf(words);
    }

    private static Set<String> read(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("Missing lexicon resource " + FOLDER + name);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    words.add(key(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon resource " + FOLDER + name, e);
        }
        return Set.copyOf(words);
    }
}
