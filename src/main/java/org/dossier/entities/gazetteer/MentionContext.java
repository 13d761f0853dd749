package org.dossier.entities.gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.entities.EntityKind;

/**
 * Decides from the neighbouring words whether a gazetteer form found in a text is a mention of
 * its country or place, or part of a longer name.
 *
 * <p>The rules, all general:
 * <ul>
 *   <li><b>Inside a longer name.</b> A form right after a capitalised word (not all in capitals) that is not a
 *       function word ({@code In}, {@code The}, {@code To}...) nor the end of another gazetteer
 *       match is part of that name: {@code Latin American}, {@code Denzel Washington},
 *       {@code Booker T. Washington}, {@code Mr. Jackson}. This costs some title-case headlines.
 *   <li><b>Followed by a name.</b> A place, or a country whose name is also a first name or a US
 *       state ({@code Jordan}, {@code Chad}, {@code Georgia}, {@code Israel}), right before a
 *       capitalised word that is neither a function word nor a country's name starts a longer
 *       name: {@code Jordan Peterson}, {@code Jordan Henderson}, {@code Chad Smith},
 *       {@code Washington Post}, {@code New York Times}. Demonyms and other countries are exempt:
 *       {@code Russian President}.
 *       Days and months are not names: {@code in Pyongyang Tuesday}.
 *   <li><b>Other names.</b> A country's alternative name right before a name starts a longer
 *       name as well: {@code Nippon Steel}, {@code Nihon Hidankyo}, {@code Holland Park}.
 *   <li><b>Natural features.</b> A country right before a capitalised feature word is the
 *       feature: {@code Niger Delta}, {@code Jordan River}, {@code Congo Basin}.
 *   <li><b>Speakers.</b> A city or region right before a reporting verb ({@code said},
 *       {@code told}...) is a person's surname: {@code Jackson said}. Capitals speak for their
 *       governments and are exempt: {@code Moscow said}; so are names of several words, which
 *       no surname is: {@code San Francisco said}.
 *   <li><b>Events.</b> A country or place right before {@code War}, {@code Wars}, {@code Civil War}
 *       or {@code Revolution} names an event: {@code Vietnam War}, {@code Iraq War},
 *       {@code Russian Revolution}.
 *   <li><b>Idioms.</b> A demonym that with the lower-case word after it names a thing of
 *       everyday life, not its country, is no mention: {@code Spanish flu}, {@code French fries},
 *       {@code Russian roulette}, {@code German shepherd}.
 *   <li><b>Headlines in capitals.</b> A two-letter abbreviation next to another word in capitals
 *       is not taken for a country: {@code JOIN US}, {@code US SANCTIONS}.
 * </ul>
 * Neighbours count only on the same line, separated by spaces.
 */
final class MentionContext {

    /** Closed-class words that title case capitalises without making them part of a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "without", "into", "onto", "over", "under", "after", "before", "against", "between",
            "among", "about", "as", "than", "via", "vs", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must",
            "shall", "should", "not", "no", "how", "why", "what", "when", "where", "who", "which", "while",
            "if", "this", "that", "these", "those", "its", "his", "her", "their", "our", "it", "he", "she",
            "they", "we", "i", "you", "says", "said", "say", "amid", "despite", "near", "across", "inside",
            "outside", "toward", "towards", "up", "down", "out", "off", "also", "now", "then", "so", "yet",
            "all", "both", "each", "every", "more", "most", "since", "until");
    /** Words that make a natural feature of the name before them. */
    private static final Set<String> FEATURE_WORDS = Set.of(
            "River", "Delta", "Valley", "Basin", "Sea", "Ocean", "Gulf", "Strait", "Straits", "Peninsula",
            "Mountains", "Desert", "Lake", "Bay", "Highlands", "Plateau", "Rift", "Canal");
    /** Words that make an event's name of the name before them. */
    private static final Set<String> EVENT_WORDS = Set.of("War", "Wars", "Revolution");
    /** Titles abbreviated with a full stop before a person's name. */
    private static final Set<String> TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm", "Cmdr", "Sen",
            "Rep", "Gov", "Pres", "Rev", "Hon", "St", "Sir");
    /** Verbs that report speech, said of people (and of capitals standing for governments). */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "said", "says", "told", "tells", "added", "adds", "argued", "argues", "noted", "notes", "wrote",
            "writes", "asked", "asks", "explained", "explains", "stated", "states", "insisted", "insists",
            "replied", "replies", "recalled", "recalls", "testified", "tweeted", "posted", "confirmed");
    /** Capitalised words that follow places without making a longer name of them. */
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december");

    /**
     * Demonyms and the words after them that make idioms of them, lower case; a plural in
     * {@code -s} or {@code -es} of the word counts as well.
     */
    private static final Set<String> IDIOMS = Set.of(
            "spanish flu", "spanish omelette", "french fry", "french toast", "french horn",
            "french kiss", "french window", "french door", "french press", "french dressing", "belgian waffle",
            "swiss cheese", "swiss roll", "russian roulette", "russian doll", "russian dressing", "turkish delight",
            "turkish bath", "danish pastry", "dutch courage", "dutch auction", "dutch oven",
            "dutch uncle", "irish coffee", "irish stew", "german shepherd", "mexican wave", "mexican standoff",
            "chinese whisper", "chinese checker", "chinese lantern", "japanese knotweed", "greek yogurt",
            "greek yoghurt", "english breakfast", "english muffin", "indian summer", "indian ink", "canadian bacon",
            "scotch egg", "scotch whisky", "scotch tape", "persian cat", "siamese twin", "siamese cat",
            "egyptian cotton", "brazil nut", "panama hat", "afghan hound", "swedish massage", "thai massage",
            "cuban heel", "cuban cigar", "venetian blind", "french polish");

    /** The first words of the {@link #IDIOMS}: most forms are turned away by this one lookup. */
    private static final Set<String> IDIOM_OPENERS = IDIOMS.stream()
            .map(idiom -> idiom.substring(0, idiom.indexOf(' ')))
            .collect(Collectors.toUnmodifiableSet());

    private final NameTrie trie;

    MentionContext(NameTrie trie) {
        this.trie = trie;
    }

    /**
     * Whether the form {@code name} over tokens {@code [start, end)} is a mention.
     *
     * @param previousEnd the token index after the previous accepted match, or -1
     */
    boolean accepts(List<Token> tokens, int start, int end, GazetteerName name, int previousEnd) {
        if (insideLongerName(tokens, start, previousEnd)) {
            return false;
        }
        boolean guarded = name.kind() == EntityKind.PLACE || !name.caveats().isEmpty();
        if (guarded && followedByName(tokens, end)) {
            return false;
        }
        if (followedByFeatureWord(tokens, end) || namesEvent(tokens, end) || beginsIdiom(tokens, start, end)) {
            return false;
        }
        if (name.caveats().contains(Caveat.NOT_A_SPEAKER) && end - start == 1 && followedByReportingVerb(tokens, end)) {
            return false;
        }
        return !(isTwoCapitals(name.surface()) && inCapitals(tokens, start, end));
    }

    private static boolean followedByFeatureWord(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).spaceBefore() && !tokens.get(end).lineBreakBefore()
                && FEATURE_WORDS.contains(tokens.get(end).text());
    }

    /** Whether the words after {@code end} make an event's name of the form: "War", "Civil War", "Revolution". */
    private static boolean namesEvent(List<Token> tokens, int end) {
        int at = end;
        if (at + 1 < tokens.size() && tokens.get(at).text().equals("Civil") && sameLine(tokens.get(at))) {
            at++;
        }
        return at < tokens.size() && sameLine(tokens.get(at)) && EVENT_WORDS.contains(tokens.get(at).text());
    }

    /** Whether {@code token} follows the one before it after a space on the same line. */
    private static boolean sameLine(Token token) {
        return token.spaceBefore() && !token.lineBreakBefore();
    }

    /** Whether the one-word form at {@code [start, end)} and the word after it are one of the {@link #IDIOMS}. */
    private static boolean beginsIdiom(List<Token> tokens, int start, int end) {
        if (end - start != 1 || end >= tokens.size() || !tokens.get(end).spaceBefore() || !tokens.get(end).isWord()) {
            return false;
        }
        String next = tokens.get(end).text();
        if (!Character.isLowerCase(next.codePointAt(0))) {
            return false;
        }
        String opener = tokens.get(start).text().toLowerCase(Locale.ROOT);
        if (!IDIOM_OPENERS.contains(opener)) {
            return false;
        }
        String idiom = opener + " " + next;
        return IDIOMS.contains(idiom)
                || idiom.endsWith("s") && IDIOMS.contains(idiom.substring(0, idiom.length() - 1))
                || idiom.endsWith("ies") && IDIOMS.contains(idiom.substring(0, idiom.length() - 3) + "y")
                || idiom.endsWith("es") && IDIOMS.contains(idiom.substring(0, idiom.length() - 2));
    }

    private static boolean followedByReportingVerb(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).spaceBefore()
                && REPORTING_VERBS.contains(tokens.get(end).text());
    }

    private static boolean isTwoCapitals(String surface) {
        return surface.length() == 2 && surface.chars().allMatch(Character::isUpperCase);
    }

    /** Whether the word before {@code start} or after {@code end} is a word in capitals. */
    private static boolean inCapitals(List<Token> tokens, int start, int end) {
        boolean before = start > 0 && isInCapitals(tokens.get(start - 1)) && tokens.get(start).spaceBefore()
                && !tokens.get(start).lineBreakBefore();
        boolean after = end < tokens.size() && isInCapitals(tokens.get(end)) && tokens.get(end).spaceBefore()
                && !tokens.get(end).lineBreakBefore();
        return before || after;
    }

    private static boolean isInCapitals(Token token) {
        String text = token.text();
        return token.isWord() && text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT))
                && !text.equals(text.toLowerCase(Locale.ROOT));
    }

    /** Whether a capitalised word (or an initial such as {@code T.}) that is not a function word precedes {@code start}. */
    boolean insideLongerName(List<Token> tokens, int start, int previousEnd) {
        Token first = tokens.get(start);
        if (start == 0 || first.lineBreakBefore() || !first.spaceBefore() || start == previousEnd) {
            return false;
        }
        Token before = tokens.get(start - 1);
        if (before.text().equals(".") && start >= 2) {
            return isInitialOrTitle(tokens, start - 2) && !before.spaceBefore();
        }
        return isNameWord(before);
    }

    /**
     * Whether the word at {@code index}, before a full stop, is an initial ({@code T.}) or a short
     * title ({@code Mr.}, {@code Dr.}, {@code Gen.}), not the end of a dotted abbreviation ({@code U.S.}).
     */
    private static boolean isInitialOrTitle(List<Token> tokens, int index) {
        Token word = tokens.get(index);
        boolean dottedBefore = index > 0 && tokens.get(index - 1).text().equals(".") && !word.spaceBefore();
        boolean initial = word.text().length() == 1;
        return word.isCapitalised() && !dottedBefore && (initial || TITLES.contains(word.text()));
    }

    /** Whether a capitalised word that is not a function word nor a gazetteer form follows {@code end}. */
    boolean followedByName(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        if (next.lineBreakBefore() || !next.spaceBefore() || !isNameWord(next)) {
            return false;
        }
        // "Jordan Henderson": a town's name is a surname as often as a country's is a first name.
        return trie.startingAt(tokens, end).stream().noneMatch(c -> c.name().kind() == EntityKind.COUNTRY);
    }

    /**
     * Whether {@code token} is a capitalised word, not all in capitals (a headline tells nothing
     * by its capitals), that is not a function word.
     */
    static boolean isNameWord(Token token) {
        String text = token.text();
        if (!token.isWord() || !token.isCapitalised() || text.equals(text.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return !FUNCTION_WORDS.contains(lower) && !CALENDAR_WORDS.contains(lower);
    }
}
