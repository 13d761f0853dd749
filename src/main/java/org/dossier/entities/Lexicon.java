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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The general English word lists the recogniser reads its cues from: titles and honorifics, role
 * nouns, speech verbs, organisation head words and openers, place and settlement nouns and
 * function words, packed as resources under {@code org/dossier/entities/lexicon/}, plus the
 * calendar words of {@link java.time}. No list names a person or a country. Two name
 * organisations: firms whose names read like a person's ({@code Morgan Stanley}), which no cue
 * in a sentence tells apart, and organisations a clipping names by a short form alone
 * ({@code NATO}, {@code Hamas}).
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {

    private static final String FOLDER = "lexicon/";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Endings of a title not yet taken up. */
    private static final List<String> PENDING = List.of("-elect", "-designate");

    /** The kinds of word the recogniser asks about, as bits of what {@link #kinds} answers. */
    static final int TITLE = 1;
    static final int ROLE = 1 << 1;
    static final int SPEECH_VERB = 1 << 2;
    static final int ORGANISATION_HEAD = 1 << 3;
    static final int ORGANISATION_NOUN = 1 << 4;
    static final int GOVERNMENT_HEAD = 1 << 5;
    static final int GOVERNMENT_PORTFOLIO = 1 << 6;
    static final int PLACE_NOUN = 1 << 7;
    static final int PLACE_FEATURE = 1 << 8;
    static final int FUNCTION_WORD = 1 << 9;
    static final int POSSESSIVE_NAME_WORD = 1 << 10;
    static final int CALENDAR_WORD = 1 << 11;
    static final int COMPOUND_MODIFIER = 1 << 12;
    static final int ORGANISATION_OPENER = 1 << 13;
    static final int SETTLEMENT_NOUN = 1 << 14;
    /** Not a kind of word but a list: the endings that make a name a modifier ({@code -based}). */
    private static final int MODIFIER_ENDING = 1 << 15;

    /**
     * The lists each word is on, by its key, as bits: one lookup tells every list, where a word
     * is asked about again and again.
     */
    private final Map<String, Integer> lists = new HashMap<>();
    /** The names of firms that read like a person's, by key: lower case, one space between words. */
    private final Set<String> firms = new HashSet<>();
    /** The first words of those names, lower case: most runs are turned away by this one lookup. */
    private final Set<String> firmFirstWords = new HashSet<>();
    /** The names of well-known organisations, by each short form as written: "NATO", "Kremlin". */
    private final Map<String, String> organisations = new HashMap<>();

    private Lexicon() {
        read("titles.txt", TITLE);
        read("roles.txt", ROLE);
        read("speech-verbs.txt", SPEECH_VERB);
        read("organisation-heads.txt", ORGANISATION_HEAD);
        read("organisation-nouns.txt", ORGANISATION_NOUN);
        read("organisation-openers.txt", ORGANISATION_OPENER);
        read("government-heads.txt", GOVERNMENT_HEAD);
        read("government-portfolios.txt", GOVERNMENT_PORTFOLIO);
        read("place-nouns.txt", PLACE_NOUN);
        read("place-features.txt", PLACE_FEATURE);
        read("settlement-nouns.txt", SETTLEMENT_NOUN);
        read("function-words.txt", FUNCTION_WORD);
        read("modifier-endings.txt", MODIFIER_ENDING);
        read("possessive-name-words.txt", POSSESSIVE_NAME_WORD);
        calendar().forEach(word -> add(word, CALENDAR_WORD));
        for (String name : entries("firms.txt")) {
            String key = firmKey(name);
            firms.add(key);
            firmFirstWords.add(key.substring(0, key.indexOf(' ')));
        }
        for (String entry : entries("organisations.tsv")) {
            String[] columns = entry.split("\t");
            for (String form : columns[1].split(",")) {
                organisations.put(form.strip(), columns[0]);
            }
        }
    }

    /** The packed lexicon. */
    static Lexicon load() {
        return new Lexicon();
    }

    /**
     * Every kind {@code word} is, as bits ({@link #TITLE}, {@link #ROLE}, ...), for a caller that
     * asks several questions of one word; the {@code is...} methods each ask one.
     */
    int kinds(String word) {
        String key = key(word);
        for (String pending : PENDING) {
            if (key.endsWith(pending) && key.length() > pending.length()) {
                // Of a title yet to be taken up, only what precedes the ending tells whether it is one.
                int title = kinds(key.substring(0, key.length() - pending.length())) & TITLE;
                return kinds(word, key) & ~TITLE | title;
            }
        }
        return kinds(word, key);
    }

    /** The kinds of {@code word}, whose key is {@code key}, leaving aside a pending ending. */
    private int kinds(String word, String key) {
        int kinds = lists.getOrDefault(key, 0);
        int hyphen = word.lastIndexOf('-');
        if (hyphen >= 0) {
            int lastPart = lists.getOrDefault(key(word.substring(hyphen + 1)), 0);
            kinds |= lastPart & (TITLE | ROLE);
            if (hyphen > 0 && (lastPart & MODIFIER_ENDING) != 0) {
                kinds |= COMPOUND_MODIFIER;
            }
        }
        return kinds & ~MODIFIER_ENDING;
    }

    /** Whether {@code kinds}, as {@link #kinds} gives them, hold {@code kind}. */
    static boolean is(int kinds, int kind) {
        return (kinds & kind) != 0;
    }

    /**
     * A title before a name; of a hyphenated word the last part counts ("Secretary-General"), and
     * a title yet to be taken up is one ("President-elect", "Prime Minister-designate").
     */
    boolean isTitle(String word) {
        return is(kinds(word), TITLE);
    }

    /** A role noun; of a hyphenated word the last part counts ("director-general"). */
    boolean isRole(String word) {
        return is(kinds(word), ROLE);
    }

    boolean isSpeechVerb(String word) {
        return is(kinds(word), SPEECH_VERB);
    }

    boolean isOrganisationHead(String word) {
        return is(kinds(word), ORGANISATION_HEAD);
    }

    /** The head of a name every government gives a body of its own: "Ministry", "Assembly". */
    boolean isGovernmentHead(String word) {
        return is(kinds(word), GOVERNMENT_HEAD);
    }

    /** A word naming what such a body does or is: "Foreign", "Defence", "Presidential", "Affairs". */
    boolean isGovernmentPortfolio(String word) {
        return is(kinds(word), GOVERNMENT_PORTFOLIO);
    }

    /** Lower-case nouns for kinds of organisation: "firm", "think tank". */
    boolean isOrganisationNoun(String word) {
        return is(kinds(word), ORGANISATION_NOUN);
    }

    boolean isPlaceNoun(String word) {
        return is(kinds(word), PLACE_NOUN);
    }

    /** A noun for a settlement, which names a place only in lower case: "the port of", "Tartus port". */
    boolean isSettlementNoun(String word) {
        return is(kinds(word), SETTLEMENT_NOUN);
    }

    boolean isPlaceFeature(String word) {
        return is(kinds(word), PLACE_FEATURE);
    }

    boolean isFunctionWord(String word) {
        return is(kinds(word), FUNCTION_WORD);
    }

    /**
     * Whether {@code word} is a name made an adjective by its ending, as {@code Seoul-based},
     * {@code Kremlin-backed}, {@code Soviet-era}: it describes what follows and is no part of its name.
     */
    boolean isCompoundModifier(String word) {
        return is(kinds(word), COMPOUND_MODIFIER);
    }

    /**
     * Whether {@code word}, written with a possessive, stays inside the name it stands in:
     * {@code Workers' Party}, {@code People's Liberation Army}.
     */
    boolean isPossessiveNameWord(String word) {
        return is(kinds(word), POSSESSIVE_NAME_WORD);
    }

    /** Whether {@code name} is a firm's whose name reads like a person's: {@code Morgan Stanley}. */
    boolean isFirmName(String name) {
        int space = name.indexOf(' ');
        return space > 0 && firmFirstWords.contains(name.substring(0, space).toLowerCase(Locale.ROOT))
                && firms.contains(firmKey(name));
    }

    /**
     * The name of the well-known organisation {@code form} stands for, written as the list writes
     * it: "NATO" is the North Atlantic Treaty Organization.
     */
    Optional<String> organisationNamed(String form) {
        return Optional.ofNullable(organisations.get(form));
    }

    private static String firmKey(String name) {
        return String.join(" ", WHITE_SPACE.split(name.toLowerCase(Locale.ROOT)));
    }

    /** Days of the week and months, full and abbreviated: never names. */
    boolean isCalendarWord(String word) {
        return is(kinds(word), CALENDAR_WORD);
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

    private void add(String key, int list) {
        lists.merge(key, list, (a, b) -> a | b);
    }

    private void read(String name, int list) {
        entries(name).forEach(entry -> add(key(entry), list));
    }

    /** The entries of the lexicon resource {@code name}: one a line, '#' starting a comment. */
    private static List<String> entries(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("Missing lexicon resource " + FOLDER + name);
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon resource " + FOLDER + name, e);
        }
        return entries;
    }
}
