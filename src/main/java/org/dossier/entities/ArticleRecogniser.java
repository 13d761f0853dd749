package org.dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.entities.gazetteer.GazetteerMatch;
import org.dossier.text.Scan;
import org.dossier.text.SortedStarts;

/**
 * Finds the names of one article by transparent rules, each finding with its evidence: runs of
 * capitalised words, cut at countries and places the gazetteer knows, read as an organisation when
 * they end in a head word ({@code Stimson Center}, {@code Council on Foreign Relations}), as a place
 * when a place noun follows ({@code Kursk region}), and as a person when the sentence says so: a
 * title or honorific before the name, a role noun before it, a verb of saying before or after it,
 * an apposition with a role noun or {@code who} after it, or the byline. Runs the sentence says
 * nothing about are kept uncued, for the rest of the dossier to decide.
 *
 * <p>Immutable and thread-safe.
 */
final class ArticleRecogniser {

    private static final Set<String> PREPOSITIONS = Set.of(
            "at", "of", "for", "with", "from", "in", "by", "to", "on", "about", "against", "into", "than", "and", "or");
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "la", "le", "bin", "binti", "al", "ibn", "ter");
    private static final Set<String> CONNECTORS = Set.of("for", "of", "on", "the", "de", "des", "du");
    /**
     * The words a name may hold that a headline capitalises with every other ("Bank Of England"); the
     * headline's other small words ("Sign Wage Deal With Union") end a name.
     */
    private static final Set<String> NAME_CONNECTORS = Set.of("for", "of", "on", "the", "de", "des", "du", "and");
    /** Words that open the name of a part of a country ("North Darfur", "Eastern Cape"), never a person's. */
    private static final Set<String> COMPASS_WORDS = Set.of(
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central");
    /** An Arabic article joined to a name, "al-Burhan", "el-Sisi": a name's later part, never its first. */
    private static final Pattern ARTICLE_JOINED_NAME = Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an)-\\p{Lu}\\p{L}+");
    /** Speech verbs whose next word is who is spoken to or of, not who speaks. */
    private static final Set<String> OBJECT_FIRST = Set.of(
            "told", "tells", "asked", "asks", "believes", "believed", "thinks", "thought");
    /** Who works for a firm or a body, before "at" and its name: "analysts at Morgan Stanley". */
    private static final Set<String> STAFF = Set.of("analyst", "economist", "strategist", "researcher", "fellow",
            "scholar", "professor", "lecturer", "banker", "trader", "executive", "director", "engineer", "lawyer",
            "partner", "employee", "worker");
    /** Who works for or owns a firm, after its name: "Goldman Sachs analysts". */
    private static final Set<String> STAFF_AFTER = Set.of("analysts", "economists", "strategists", "bankers", "traders",
            "shareholders");
    /** Months that are also given names or family names: "Theresa May", "April Ryan". */
    private static final Set<String> NAME_MONTHS = Set.of("April", "May", "June", "August");
    /** The longest abbreviation of a month or a day: "Sept", "Thur". */
    private static final int MAX_CALENDAR_ABBREVIATION = 4;
    private static final int MIN_TITLE_CASE_WORDS = 5;
    private static final double TITLE_CASE_SHARE = 0.8;
    /** The most between an owner's possessive and the name it owns: {@code 's} and a space. */
    private static final int OWNER_GAP = 3;
    /** What stands between a possessive word and the next: {@code 's }, {@code ' }. */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("['\u2019]s?[ \u00a0]");
    /** A romanised Korean given name, {@code Jae-in}, {@code Son-hui}: two syllables, the second in lower case. */
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");
    /** The longest family name a hyphenated given name follows: {@code Kim}, {@code Moon}, {@code Choe}. */
    private static final int MAX_FAMILY_NAME = 5;
    /** The number of a military unit: {@code 47th}, {@code 1st}, {@code 155th}. */
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** Generations written after a name. */
    private static final Set<String> GENERATIONS = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
    /** Titles of those who reign, known by one name and a numeral: "King Charles III", "Pope Leo XIV". */
    private static final Set<String> REGNAL_TITLES = Set.of("King", "Queen", "Pope", "Emperor", "Empress", "Sultan",
            "Tsar", "Czar", "Shah", "Emir");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?:X{0,3})(?:IX|IV|V?I{0,3})");
    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^\\s*,?\\s+(?:(?:has|had|have|also|later|then|previously|once|recently)\\s+)?(\\p{L}+)");
    private static final Pattern WHO_AFTER = Pattern.compile("^\\s*,?\\s+who\\b");
    /** An age set between commas after a name: "Maria Lopez, 34, said". */
    private static final Pattern AGE_AFTER = Pattern.compile("^\\s*,\\s*(\\d{1,3}),");
    private static final int MAX_AGE = 119;
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s+([^,.;:()\u201c\u201d\"]{1,80})");
    /** An apposition that is a noun phrase: ", the Brussels think tank". */
    private static final Pattern WITH_ARTICLE = Pattern.compile("(?i)(?:a|an|the)\\s.*");
    private static final Pattern PLACE_NOUN_AFTER = Pattern.compile("^\\s+(\\p{Ll}+)\\b");
    private static final Pattern PLACE_NOUN_BEFORE = Pattern.compile("\\b(\\p{Ll}+) of\\s+$");
    private static final Pattern AFFILIATION_GAP = Pattern.compile("^(?:['\u2019]s)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}$");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}&]{1,9})\\)");
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}?)\\s*(?:\\([^)]{1,40}\\)\\s*)?[—–-]\\s");
    private static final Pattern CREDIT_BEFORE = Pattern.compile(
            "(?i)\\b(?:reporting|reported|written|edited|editing|compiled|photographs?|interview)\\s+by\\s+$");
    /** Who leads a body, before the name: "the Liberal Democrats, led by Ed Davey". */
    private static final Pattern LEADER_BEFORE = Pattern.compile("(?i)\\b(?:led|headed|chaired|founded)\\s+by\\s+$");
    /** An envoy's post before a name: "Ambassador to the DPRK Alexander Matsegora", "envoy to North Korea Sung Kim". */
    private static final Pattern POSTED_TO_BEFORE = Pattern.compile(
            "\\b(?:[Aa]mbassador|[Ee]nvoy|[Ee]missary|[Rr]epresentative|[Cc]onsul)\\s+to\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}*\\s+){1,3}$");
    /** The most ordinary words joined by "and" before a named body that are part of its name. */
    private static final int MAX_JOINED_WORDS = 4;
    /** How many bodies a post may name on the way to its title: "Chief of the General Staff of the Armed Forces". */
    private static final int MAX_BODIES_IN_POST = 3;
    /** How many capitalised words a body inside a post may have. */
    private static final int MAX_BODY_WORDS = 5;
    /** How far before a name the cue patterns that end at it ({@link #endingAt}) look. */
    private static final int MAX_CUE_REACH = 200;
    /** The longest gap between a country and the name it is the affiliation of: a possessive and three words. */
    private static final int MAX_AFFILIATION_GAP = 120;
    /** The longest text that can join two names in a list: {@code 's, and } with spaces around. */
    private static final int MAX_LIST_GAP = 16;
    private static final Pattern LIST_GAP = Pattern.compile("(?:['’]s)?(?:,\\s+and|,|\\s+and|\\s+or)\\s+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("^\\s*(?:by|By|BY)\\s+");

    private final Lexicon lexicon;
    private final GazetteerLookup gazetteer;

    ArticleRecogniser(Lexicon lexicon, GazetteerLookup gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** The names of {@code article}, read with the dossier's {@code vocabulary}. */
    ArticleFindings recognise(ArticleText article, Vocabulary vocabulary) {
        List<TextBlock> blocks = TextBlock.of(article);
        List<Finding> names = new ArrayList<>();
        List<GeoFinding> geo = new ArrayList<>();
        Map<String, String> acronyms = new LinkedHashMap<>();
        for (TextBlock block : blocks) {
            new BlockReader(block, vocabulary).read(names, geo, acronyms);
        }
        dateline(blocks, names, geo);
        return new ArticleFindings(article, blocks, confirmBySurname(names, vocabulary, textsById(blocks)), geo, acronyms);
    }

    /** "SANTIAGO — Chile's runoff ...": the capitals before a dash opening the body name a place. */
    private void dateline(List<TextBlock> blocks, List<Finding> names, List<GeoFinding> geo) {
        TextBlock first = blocks.stream().filter(b -> b.id().startsWith("p")).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        Matcher dateline = DATELINE.matcher(first.text());
        if (!dateline.find()) {
            return;
        }
        String written = dateline.group(1);
        String name = titleCase(written);
        Optional<GazetteerMatch> known = gazetteer.find(name).stream()
                .filter(m -> m.start() == 0 && m.end() == name.length()).findFirst();
        Finding finding = new Finding(EntityKind.PLACE, Finding.Form.FULL, first.id(), 0, written.length(), written,
                Optional.of("place: dateline" + known.map(m -> ", " + m.evidence()).orElse("")), Optional.empty(), false);
        names.removeIf(f -> f.overlaps(finding));
        geo.removeIf(g -> g.finding().overlaps(finding));
        EntityKind kind = known.map(GazetteerMatch::kind).orElse(EntityKind.PLACE);
        geo.add(0, new GeoFinding(new Finding(kind, Finding.Form.FULL, first.id(), 0, written.length(), written,
                finding.evidence(), Optional.empty(), false), known.map(GazetteerMatch::name).orElse(name),
                known.flatMap(GazetteerMatch::country)));
    }

    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : capitals.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * A full name nothing marks is a person's when the article uses its last or first word alone with
     * a person's cue ("José Antonio Kast" and later "Kast said"), or uses its last word alone at all
     * when none of its words is an ordinary word ("Emmanuel Macron" and later "Macron's visit").
     */
    private static List<Finding> confirmBySurname(List<Finding> names, Vocabulary vocabulary, Map<String, String> texts) {
        PeopleNamed people = new PeopleNamed(names, texts);
        List<Finding> out = new ArrayList<>();
        for (Finding f : names) {
            if (f.kind() == EntityKind.PERSON && f.form() == Finding.Form.FULL && !f.cued()) {
                Optional<Finding> cued = people.cuedPartOf(f);
                if (cued.isPresent()) {
                    Finding s = cued.get();
                    out.add(f.as(EntityKind.PERSON, "person: \"" + s.surface() + "\" stands alone in the same article ("
                            + s.block() + ", " + s.evidence().get().replaceFirst("^person: ", "") + ")"));
                    continue;
                }
                Optional<Finding> listed = distinctive(f, vocabulary) ? people.listedWith(f) : Optional.empty();
                if (listed.isPresent()) {
                    out.add(f.as(EntityKind.PERSON, "person: listed with \"" + listed.get().surface() + "\" ("
                            + listed.get().evidence().get().replaceFirst("^person: ", "") + ")"));
                    continue;
                }
                Optional<Finding> alone = distinctive(f, vocabulary) ? people.lastWordAlone(f) : Optional.empty();
                if (alone.isPresent()) {
                    out.add(f.as(EntityKind.PERSON, "person: its last word \"" + alone.get().surface()
                            + "\" stands alone in the same article (" + alone.get().block() + ")"));
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The people an article's findings name, indexed for the questions {@link #confirmBySurname}
     * asks of each unmarked full name, so that an article of many names is read in time
     * proportional to their number.
     */
    private static final class PeopleNamed {

        private final Map<String, String> texts;
        /** One-word person names with a cue, by key, first in reading order. */
        private final Map<String, Finding> cuedShort = new HashMap<>();
        /** The order of each finding among the article's findings. */
        private final Map<Finding, Integer> order = new IdentityHashMap<>();
        /** One-word person names, by key, in reading order. */
        private final Map<String, List<Finding>> shortByKey = new HashMap<>();
        /** Full person names with a cue, by block, in reading order. */
        private final Map<String, List<Finding>> cuedFullByBlock = new HashMap<>();

        PeopleNamed(List<Finding> names, Map<String, String> texts) {
            this.texts = texts;
            for (int i = 0; i < names.size(); i++) {
                Finding f = names.get(i);
                order.put(f, i);
                if (f.kind() != EntityKind.PERSON) {
                    continue;
                }
                if (f.form() == Finding.Form.SHORT) {
                    String key = PersonNames.key(f.surface());
                    shortByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                    if (f.cued()) {
                        cuedShort.putIfAbsent(key, f);
                    }
                } else if (f.form() == Finding.Form.FULL && f.cued()) {
                    cuedFullByBlock.computeIfAbsent(f.block(), k -> new ArrayList<>()).add(f);
                }
            }
        }

        /** The first one-word name with a cue that is the first or last word of {@code f} ("Kast said"). */
        Optional<Finding> cuedPartOf(Finding f) {
            List<String> parts = PersonNames.parts(f.surface());
            if (parts.size() < 2) {
                return Optional.empty();
            }
            Finding first = cuedShort.get(parts.get(0));
            Finding last = cuedShort.get(parts.get(parts.size() - 1));
            if (first == null || last == null) {
                return Optional.ofNullable(first != null ? first : last);
            }
            return Optional.of(order.get(first) <= order.get(last) ? first : last);
        }

        /** The first one-word name that is the last word of {@code f} and is not someone spoken to. */
        Optional<Finding> lastWordAlone(Finding f) {
            return shortByKey.getOrDefault(lastPart(f.surface()), List.of()).stream()
                    .filter(s -> !spokenTo(s, texts))
                    .findFirst();
        }

        /**
         * "Keir Starmer and Emmanuel Macron": the full name with a cue right before or after
         * {@code f}, joined to it by "and" or a comma. Only the nearest such name on either side
         * can be joined so, since nothing else may stand between.
         */
        Optional<Finding> listedWith(Finding f) {
            List<Finding> cued = cuedFullByBlock.getOrDefault(f.block(), List.of());
            int at = SortedStarts.firstAtOrAfter(cued, Finding::start, f.start() + 1);
            String text = texts.get(f.block());
            if (at > 0 && joins(text, cued.get(at - 1).end(), f.start())) {
                return Optional.of(cued.get(at - 1));
            }
            if (at < cued.size() && joins(text, f.end(), cued.get(at).start())) {
                return Optional.of(cued.get(at));
            }
            return Optional.empty();
        }

        private static boolean joins(String text, int from, int to) {
            return from <= to && to - from <= MAX_LIST_GAP && LIST_GAP.matcher(text.substring(from, to)).matches();
        }
    }

    /** Whether the word before {@code f} is a verb whose next word is who is spoken to: "told Playbook". */
    private static boolean spokenTo(Finding f, Map<String, String> texts) {
        String text = texts.get(f.block());
        int end = f.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return OBJECT_FIRST.contains(text.substring(start, end));
    }

    private static Map<String, String> textsById(List<TextBlock> blocks) {
        Map<String, String> texts = new java.util.HashMap<>();
        blocks.forEach(b -> texts.put(b.id(), b.text()));
        return texts;
    }

    /** Two or three words, none of them written in lower case anywhere in the dossier. */
    private static boolean distinctive(Finding f, Vocabulary vocabulary) {
        String[] words = WHITE_SPACE.split(f.surface());
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (vocabulary.isCommon(word)) {
                return false;
            }
        }
        return true;
    }

    private static String lastPart(String name) {
        List<String> parts = PersonNames.parts(name);
        return parts.get(parts.size() - 1);
    }

    /** A headline of several words, (nearly) all of them capitalised: "Kim Vows To Boost Nuclear Arsenal". */
    private static boolean isTitleCase(List<Token> tokens) {
        long capitalised = tokens.stream().filter(Token::capitalised).count();
        return tokens.size() >= MIN_TITLE_CASE_WORDS && capitalised >= tokens.size() * TITLE_CASE_SHARE;
    }

    /**
     * A run of tokens {@code [from, to)} that may be one name; {@code byInitials} when it was joined
     * across "and" because the initials in brackets after it span both sides.
     */
    private record Run(int from, int to, boolean byInitials) {

        Run(int from, int to) {
            this(from, to, false);
        }
    }

    /** Reads one block; holds its tokens and gazetteer matches while it does. */
    private final class BlockReader {

        /** Marks a token's kinds as read from the lexicon, none of whose kinds it is. */
        private static final int READ = 1 << 31;

        private final TextBlock block;
        private final String text;
        private final Vocabulary vocabulary;
        private final List<Token> tokens;
        private final List<GazetteerMatch> places;
        private final boolean[] masked;
        /** The lexicon's kinds of each token, with {@link #READ}, once asked for; 0 until then. */
        private final int[] kinds;
        /** Whether the block is a headline with (nearly) every word capitalised. */
        private final boolean titleCase;

        BlockReader(TextBlock block, Vocabulary vocabulary) {
            this.block = block;
            this.text = block.text();
            this.vocabulary = vocabulary;
            this.tokens = Tokenizer.words(text);
            List<GazetteerMatch> found = new ArrayList<>(gazetteer.find(text));
            found.sort(Comparator.comparingInt(GazetteerMatch::start));
            this.places = List.copyOf(found);
            this.titleCase = block.id().equals(Span.TITLE) && isTitleCase(tokens);
            this.masked = new boolean[tokens.size()];
            this.kinds = new int[tokens.size()];
            int next = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                while (next < places.size() && places.get(next).end() <= token.start()) {
                    next++;
                }
                // "Inter-American": a name inside a longer hyphenated word does not hide the word.
                for (int k = next; k < places.size() && places.get(k).start() <= token.start(); k++) {
                    masked[i] |= token.end() <= places.get(k).end();
                }
            }
        }

        void read(List<Finding> names, List<GeoFinding> geo, Map<String, String> acronyms) {
            List<Finding> found = new ArrayList<>();
            if (block.byline()) {
                readByline(found);
            } else {
                for (Run run : runs()) {
                    classify(run, found, acronyms);
                }
            }
            found.sort(Comparator.comparingInt(Finding::start));
            // In order of start, a finding overlaps one kept before it only if it starts before the
            // furthest end kept so far. "(CSIS)" is found both as a definition and as a word: the
            // first reading stands.
            int keptEnd = 0;
            int first = names.size();
            for (Finding f : found) {
                if (f.start() >= keptEnd) {
                    names.add(f);
                    keptEnd = f.end();
                }
            }
            List<Finding> organisations = found.stream().filter(f -> f.kind() == EntityKind.ORGANISATION).toList();
            int[] furthestEnd = new int[organisations.size()];
            for (int i = 0; i < organisations.size(); i++) {
                furthestEnd[i] = Math.max(organisations.get(i).end(), i > 0 ? furthestEnd[i - 1] : 0);
            }
            for (GazetteerMatch place : places) {
                // A country inside an organisation's name is part of that name, not a mention; a
                // city's name that stands for its team in a match report names the club.
                int last = SortedStarts.firstAtOrAfter(organisations, Finding::start, place.end()) - 1;
                if (last >= 0 && furthestEnd[last] > place.start()) {
                    continue;
                }
                Optional<String> team = place.kind() == EntityKind.PLACE
                        ? SportsSide.reason(text, place.start(), place.end()) : Optional.empty();
                if (team.isPresent()) {
                    names.add(new Finding(EntityKind.ORGANISATION, Finding.Form.FULL, block.id(), place.start(), place.end(),
                            place.surface(), team, Optional.empty(), false));
                    names.subList(first, names.size()).sort(Comparator.comparingInt(Finding::start));
                } else {
                    Finding finding = new Finding(place.kind(), Finding.Form.FULL, block.id(), place.start(), place.end(),
                            place.surface(), Optional.of(place.evidence()), Optional.empty(), false);
                    geo.add(new GeoFinding(finding, place.name(), place.country()));
                }
            }
        }

        private void readByline(List<Finding> found) {
            Matcher prefix = BYLINE_PREFIX.matcher(text);
            int begin = prefix.find() ? prefix.end() : 0;
            int stop = firstOf(text, begin, "\u00b7", "|", "\u2014", " - ", "\n");
            for (Run run : runs()) {
                Token first = tokens.get(run.from());
                if (tokens.get(run.to() - 1).end() <= begin || first.start() >= stop) {
                    continue;
                }
                int from = run.from();
                while (from < run.to() && is(from, Lexicon.FUNCTION_WORD)) {
                    from++;
                }
                if (run.to() - from >= 2 && validName(from, run.to())) {
                    found.add(finding(EntityKind.PERSON, Finding.Form.FULL, from, run.to(), null, Optional.empty(), false));
                }
            }
        }

        /** Maximal runs of capitalised words, joined across connectors into organisation names. */
        private List<Run> runs() {
            List<Run> base = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                if (!eligible(i)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size()) {
                    if ((eligible(j) || articleJoinedName(j)) && joined(j - 1, j)) {
                        j++;
                    } else if (particlesEnd(j) > j) {
                        j = particlesEnd(j) + 1;
                    } else {
                        break;
                    }
                }
                base.add(new Run(i, generationBefore(i, j) ? j - 1 : j));
                i = j;
            }
            return joinOrganisations(base);
        }

        /**
         * Whether the run ends in a generation, as "Lloyd J. Austin III" and "Martin Luther King
         * Jr." do, after two words at least, the last not a common one ("World War II" keeps it):
         * the name stops before it.
         */
        private boolean generationBefore(int from, int to) {
            return to - from > 2 && GENERATIONS.contains(tokens.get(to - 1).text())
                    && !vocabulary.isCommon(tokens.get(to - 2).text()) && !regnalNumeral(to - 1);
        }

        /** Whether token {@code i} is a numeral after a reigning title and one name: the "III" of "King Charles III". */
        private boolean regnalNumeral(int i) {
            String numeral = tokens.get(i).text();
            return i >= 2 && numeral.length() > 1 && ROMAN_NUMERAL.matcher(numeral).matches()
                    && REGNAL_TITLES.contains(tokens.get(i - 2).text()) && gapIs(i - 1, i, " ") && gapIs(i - 2, i - 1, " ");
        }

        /**
         * "Ursula von der Leyen", "Lula da Silva": lower-case name particles from {@code at} that
         * join two capitalised words; the index of the capitalised word after them, or {@code at}.
         */
        private int particlesEnd(int at) {
            int i = at;
            while (i < tokens.size() && i - at < 2 && PARTICLES.contains(tokens.get(i).text()) && joined(i - 1, i)) {
                i++;
            }
            return i > at && i < tokens.size() && eligible(i) && joined(i - 1, i) ? i : at;
        }

        private boolean articleJoinedName(int i) {
            return !masked[i] && isArticleJoined(tokens.get(i).text());
        }

        /** Whether token {@code i} is any of the lexicon's {@code kinds}; each token is looked up once. */
        private boolean is(int i, int kinds) {
            if (this.kinds[i] == 0) {
                this.kinds[i] = lexicon.kinds(tokens.get(i).text()) | READ;
            }
            return Lexicon.is(this.kinds[i], kinds);
        }

        private boolean eligible(int i) {
            Token token = tokens.get(i);
            return !masked[i] && token.capitalised() && !token.hasDigit() && !is(i, Lexicon.COMPOUND_MODIFIER)
                    && !(titleCase && is(i, Lexicon.FUNCTION_WORD)
                            && !NAME_CONNECTORS.contains(token.text().toLowerCase(java.util.Locale.ROOT)));
        }

        private boolean joined(int left, int right) {
            if (gapIs(left, right, " ") || gapIs(left, right, "\u00a0")) {
                return !tokens.get(left).possessive();
            }
            // "Korean People's Army", "Workers' Party": a few words keep their possessive inside a name.
            int gap = tokens.get(left).end();
            return (text.startsWith("'", gap) || text.startsWith("\u2019", gap))
                    && POSSESSIVE_GAP.matcher(text.substring(gap, tokens.get(right).start())).matches()
                    && is(left, Lexicon.POSSESSIVE_NAME_WORD);
        }

        private List<Run> joinOrganisations(List<Run> base) {
            List<Run> out = new ArrayList<>();
            for (int k = 0; k < base.size(); k++) {
                Run run = base.get(k);
                if (containsHead(run)) {
                    int end = run.to();
                    boolean extended = false;
                    while (true) {
                        int next = connectorsEnd(end, extended ? Set.of("for", "of", "on", "the", "de", "des", "du", "and")
                                : CONNECTORS);
                        if (next == end) {
                            break;
                        }
                        int tail = capitalisedTail(next, lower(end).equals("of"));
                        if (tail == next) {
                            break;
                        }
                        end = tail;
                        extended = true;
                    }
                    while (k + 1 < base.size() && base.get(k + 1).from() < end) {
                        k++;
                    }
                    Run left = out.isEmpty() ? null : out.get(out.size() - 1);
                    boolean byInitials = left != null && acrossAnd(left, run) && initialsSpan(left, end);
                    if (left != null && joinsLeft(left, run, byInitials)) {
                        run = new Run(out.remove(out.size() - 1).from(), run.to());
                    } else {
                        byInitials = false;
                    }
                    out.add(new Run(run.from(), end, byInitials));
                } else {
                    out.add(run);
                }
            }
            return out;
        }

        /**
         * {@code Geopolitics and Foreign Policy Department}, {@code National Disaster Risk Reduction and
         * Management Council}: a run of up to four ordinary words joined by "and" to a named body;
         * or any run, when {@code initialsSpan} says the initials after the body span both.
         */
        private boolean joinsLeft(Run left, Run right, boolean initialsSpan) {
            if (!acrossAnd(left, right)) {
                return false;
            }
            if (!is(right.to() - 1, Lexicon.ORGANISATION_HEAD) || tokens.get(left.to() - 1).possessive()) {
                return false;
            }
            if (initialsSpan) {
                return singleSpaces(left.to() - 1, left.to()) && singleSpaces(left.to(), right.from());
            }
            if (left.to() - left.from() > MAX_JOINED_WORDS) {
                return false;
            }
            // Ordinary words capitalised before "and" belong to the name ("Geopolitics and Foreign Policy
            // Department"); a name of its own does not ("Duma and Federation Council").
            for (int i = left.from(); i < left.to(); i++) {
                if (is(i, Lexicon.FUNCTION_WORD | Lexicon.TITLE) || !vocabulary.isCommon(tokens.get(i).text())) {
                    return false;
                }
            }
            return singleSpaces(left.to() - 1, left.to()) && singleSpaces(left.to(), right.from());
        }

        /** Whether only "and" stands between {@code left} and {@code right}. */
        private boolean acrossAnd(Run left, Run right) {
            return right.from() - left.to() == 1 && lower(left.to()).equals("and");
        }

        /**
         * Whether initials in brackets after token {@code end - 1} abbreviate the words from the
         * start of {@code left} on, and not those after its "and": "United Nations Relief and
         * Works Agency (UNRWA)".
         */
        private boolean initialsSpan(Run left, int end) {
            Matcher initials = after(ACRONYM_AFTER, tokens.get(end - 1).end());
            if (!initials.lookingAt() || left.to() + 1 >= end) {
                return false;
            }
            int start = left.from();
            while (start < left.to() && is(start, Lexicon.FUNCTION_WORD)) {
                start++;
            }
            int nameEnd = tokens.get(end - 1).end();
            return start < left.to() && abbreviates(initials.group(1), text.substring(tokens.get(start).start(), nameEnd))
                    && !abbreviates(initials.group(1), text.substring(tokens.get(left.to() + 1).start(), nameEnd));
        }

        private int connectorsEnd(int at, Set<String> allowed) {
            int i = at;
            while (i < tokens.size() && allowed.contains(tokens.get(i).text()) && i - at < 2
                    && singleSpaces(i - 1, i)) {
                i++;
            }
            return i;
        }

        /** The end of the capitalised words from {@code at}; countries count after "of" ("Bank of England"). */
        private int capitalisedTail(int at, boolean countriesAllowed) {
            if (at >= tokens.size() || !singleSpaces(at - 1, at)) {
                return at;
            }
            int i = at;
            boolean anyUnmasked = false;
            while (i < tokens.size()) {
                Token token = tokens.get(i);
                if (!token.capitalised() || token.hasDigit() || is(i, Lexicon.CALENDAR_WORD)
                        || (i > at && !joined(i - 1, i))) {
                    break;
                }
                anyUnmasked |= !masked[i];
                i++;
            }
            return anyUnmasked || countriesAllowed ? i : at;
        }

        private boolean singleSpaces(int left, int right) {
            if (left < 0) {
                return false;
            }
            return gapIs(left, right, " ") && !tokens.get(left).possessive();
        }

        /** Whether the text between tokens {@code left} and {@code right} is {@code gap}. */
        private boolean gapIs(int left, int right, String gap) {
            int start = tokens.get(left).end();
            return tokens.get(right).start() - start == gap.length() && text.startsWith(gap, start);
        }

        private boolean containsHead(Run run) {
            boolean afterPlace = run.from() > 0 && masked[run.from() - 1] && joined(run.from() - 1, run.from());
            // "Center for Strategic and International Studies": a head word may open the name.
            boolean opensName = run.to() < tokens.size() && CONNECTORS.contains(tokens.get(run.to()).text());
            for (int i = afterPlace || opensName ? run.from() : run.from() + 1; i < run.to(); i++) {
                if (is(i, Lexicon.ORGANISATION_HEAD)) {
                    return true;
                }
            }
            return false;
        }

        private String lower(int i) {
            return i < tokens.size() ? tokens.get(i).text() : "";
        }

        private void classify(Run run, List<Finding> found, Map<String, String> acronyms) {
            int from = run.from();
            int to = run.to();
            Optional<String> strippedVerb = Optional.empty();
            while (from < to && stripsAtStart(from, organisationAhead(from, to))) {
                if (is(from, Lexicon.SPEECH_VERB)) {
                    strippedVerb = Optional.of(tokens.get(from).text());
                }
                from++;
            }
            for (int i = from; i < to; i++) {
                if (is(i, Lexicon.CALENDAR_WORD) && !inName(i, from, to)) {
                    classifyWords(from, i, strippedVerb, found, acronyms);
                    from = i + 1;
                    strippedVerb = Optional.empty();
                }
            }
            if (run.byInitials() && definesAcronym(from, to, found, acronyms)) {
                return;
            }
            classifyWords(from, to, strippedVerb, found, acronyms);
        }

        /**
         * Whether the calendar word at {@code i}, inside the run {@code [from, to)}, is part of a
         * name: a month that is also a name, after another word of the run ("Theresa May"), or an
         * abbreviation with no full stop right before a capitalised word ("Jan Hatzius", "Sun Weidong")
         * or ending the run with no day after it ("Dong Jun").
         */
        private boolean inName(int i, int from, int to) {
            String word = tokens.get(i).text();
            if (NAME_MONTHS.contains(word)) {
                return i > from;
            }
            if (word.length() <= MAX_CALENDAR_ABBREVIATION && !word.endsWith(".") && i > from && i == to - 1) {
                // "Defence Minister Dong Jun": an abbreviation ending a name, with no day after it.
                return !is(i - 1, Lexicon.CALENDAR_WORD) && gapIs(i - 1, i, " ")
                        && (i + 1 >= tokens.size() || !tokens.get(i + 1).hasDigit());
            }
            return word.length() <= MAX_CALENDAR_ABBREVIATION && !word.endsWith(".") && i + 1 < to
                    && !is(i + 1, Lexicon.CALENDAR_WORD) && gapIs(i, i + 1, " ");
        }

        /**
         * Whether the first word of a run is no part of a name: a function word or verb of saying, or
         * a sentence's first word the dossier also writes in lower case. Organisation names often
         * start with such a word ("International Crisis Group"), so before a head word only the
         * first two kinds are cut.
         */
        private boolean stripsAtStart(int i, boolean organisation) {
            Token token = tokens.get(i);
            if (token.acronym()) {
                return false; // "WHO" is not "who"
            }
            if (is(i, Lexicon.FUNCTION_WORD | Lexicon.SPEECH_VERB)) {
                return true;
            }
            return !organisation && token.sentenceInitial() && vocabulary.isCommon(token.text()) && !is(i, Lexicon.TITLE);
        }

        private boolean organisationAhead(int from, int to) {
            for (int i = from + 1; i < to && tokens.get(i).capitalised(); i++) {
                if (is(i, Lexicon.ORGANISATION_HEAD)) {
                    return true;
                }
            }
            return false;
        }

        private void classifyWords(int from, int to, Optional<String> strippedVerb, List<Finding> found,
                Map<String, String> acronyms) {
            if (from >= to) {
                return;
            }
            if (to - from == 2 && is(to - 1, Lexicon.ORGANISATION_HEAD) && !tokens.get(to - 1).possessive()
                    && !is(from, Lexicon.ORGANISATION_HEAD | Lexicon.FUNCTION_WORD | Lexicon.TITLE)
                    && roleInApposition(to).isPresent()) {
                // "Mark Watch, a lawyer for the plaintiffs": a role in apposition outranks a surname that is a head word.
                person(from, to, strippedVerb, found);
                return;
            }
            if (organisation(from, to, found, acronyms)) {
                return;
            }
            if (place(from, to, found)) {
                return;
            }
            if (to - from == 1 && tokens.get(from).acronym()) {
                // "told NHK"; "public broadcaster NHK", "the disaster agency AFAD": a kind of organisation
                // before it, unless the capitals are a post ("the company CEO").
                Optional<String> why = before(from).filter(w -> w.equals("told"))
                        .map(w -> "organisation: abbreviation after \"told\"")
                        .or(() -> is(from, Lexicon.TITLE | Lexicon.ROLE) ? Optional.empty() : kindBefore(from));
                found.add(finding(EntityKind.ORGANISATION, Finding.Form.ACRONYM, from, to, null, why, false));
                return;
            }
            if (to - from >= 2 && definesAcronym(from, to, found, acronyms)) {
                return;
            }
            if (to - from >= 2 && lexicon.isFirmName(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()))) {
                found.add(finding(EntityKind.ORGANISATION, Finding.Form.FULL, from, to, null,
                        Optional.of("organisation: a firm whose name reads like a person's (lexicon/firms.txt)"), false));
                return;
            }
            if (to - from >= 2 && is(from, Lexicon.ORGANISATION_OPENER)) {
                found.add(finding(EntityKind.ORGANISATION, Finding.Form.FULL, from, to, null, Optional.of(
                        "organisation: opens with \"" + tokens.get(from).text() + "\" (lexicon/organisation-openers.txt)"), false));
                return;
            }
            Optional<String> organisationCue = organisationCue(from, to);
            if (organisationCue.isPresent()) {
                found.add(finding(EntityKind.ORGANISATION, Finding.Form.FULL, from, to, null, organisationCue, false));
                return;
            }
            person(from, to, strippedVerb, found);
        }

        /** "Centro de Estudios Públicos (CEP)": a long name with its initials in brackets is an organisation's. */
        private boolean definesAcronym(int from, int to, List<Finding> found, Map<String, String> acronyms) {
            int end = tokens.get(to - 1).end();
            Matcher acronym = after(ACRONYM_AFTER, end);
            String name = text.substring(tokens.get(from).start(), end);
            if (tokens.get(to - 1).possessive() || !acronym.lookingAt() || !abbreviates(acronym.group(1), name)
                    || acronym.group(1).length() < 2) {
                return false;
            }
            found.add(finding(EntityKind.ORGANISATION, Finding.Form.FULL, from, to, null,
                    Optional.of("organisation: followed by its initials \"(" + acronym.group(1) + ")\""), false));
            int at = acronym.start(1);
            found.add(new Finding(EntityKind.ORGANISATION, Finding.Form.ACRONYM, block.id(), at, at + acronym.group(1).length(),
                    acronym.group(1), Optional.of("organisation: defined in brackets after \"" + name + "\""), Optional.empty(),
                    false));
            acronyms.putIfAbsent(acronym.group(1), name);
            return true;
        }

        /** "the polling firm Latinobarómetro", "Bruegel, the Brussels think tank". */
        private Optional<String> organisationCue(int from, int to) {
            for (int i = from; i < to; i++) {
                if (is(i, Lexicon.TITLE) || !validPlace(i, i + 1)) {
                    return Optional.empty();
                }
            }
            Optional<String> kind = kindBefore(from);
            if (kind.isPresent()) {
                return kind;
            }
            if (tokens.get(to - 1).possessive()) {
                // "a lawyer at Kim's trial": what follows "at" is the possessive's, not the name.
                return Optional.empty();
            }
            Optional<String> employer = staffBefore(from);
            if (employer.isPresent()) {
                return employer;
            }
            if (to < tokens.size() && STAFF_AFTER.contains(tokens.get(to).text()) && gapIs(to - 1, to, " ")) {
                return Optional.of("organisation: followed by \"" + tokens.get(to).text() + "\"");
            }
            int rest = tokens.get(to - 1).end();
            Matcher apposition = commaAfter(rest) ? after(APPOSITION, rest) : null;
            // Only a noun phrase in apposition counts (", the Brussels think tank"), not a clause (", said his party").
            if (apposition != null && apposition.lookingAt() && WITH_ARTICLE.matcher(apposition.group(1)).matches()) {
                // The noun phrase up to its first function word: "the Russian foreign ministry
                // spokeswoman" names a person, though "ministry" comes first.
                String[] words = WHITE_SPACE.split(apposition.group(1));
                int end = 1;
                while (end < Math.min(words.length, 5) && !lexicon.isFunctionWord(words[end])) {
                    end++;
                }
                int organisationNoun = -1;
                for (int i = 0; i < end; i++) {
                    if (words[i].isEmpty() || !Character.isLowerCase(words[i].codePointAt(0))) {
                        continue;
                    }
                    if (lexicon.isRole(words[i])) {
                        return Optional.empty();
                    }
                    if (organisationNoun < 0 && lexicon.isOrganisationNoun(words[i])) {
                        organisationNoun = i;
                    }
                }
                if (organisationNoun >= 0) {
                    return Optional.of("organisation: followed by \", "
                            + String.join(" ", List.of(words).subList(0, organisationNoun + 1)) + "\"");
                }
            }
            return Optional.empty();
        }

        /** "analysts at Morgan Stanley", "an economist at Capital Economics": who works there, and "at". */
        private Optional<String> staffBefore(int from) {
            if (from < 2 || !tokens.get(from - 1).text().equals("at") || !gapIs(from - 1, from, " ")
                    || !gapIs(from - 2, from - 1, " ")) {
                return Optional.empty();
            }
            String staff = tokens.get(from - 2).text();
            String key = staff.toLowerCase(java.util.Locale.ROOT);
            if (STAFF.contains(key) || key.endsWith("s") && STAFF.contains(key.substring(0, key.length() - 1))) {
                return Optional.of("organisation: after \"" + staff + " at\"");
            }
            return Optional.empty();
        }

        /** "the polling firm Latinobarómetro", "public broadcaster NHK": a kind of organisation right before the name. */
        private Optional<String> kindBefore(int from) {
            Optional<String> previous = before(from);
            if (previous.isPresent() && lexicon.isOrganisationNoun(previous.get()) && !text.substring(
                    tokens.get(from - 1).end(), tokens.get(from).start()).contains(",")) {
                return Optional.of("organisation: after \"" + previous.get() + "\"");
            }
            return Optional.empty();
        }

        private boolean organisation(int from, int to, List<Finding> found, Map<String, String> acronyms) {
            int firstLower = from + 1;
            while (firstLower < to && tokens.get(firstLower).capitalised()) {
                firstLower++;
            }
            int head = -1;
            boolean extended = firstLower < to;
            for (int i = extended ? from : from + 1; i < firstLower; i++) {
                if (is(i, Lexicon.ORGANISATION_HEAD)) {
                    head = i;
                }
            }
            if (head < 0 && extended && is(to - 1, Lexicon.ORGANISATION_HEAD)) {
                // "Geopolitics and Foreign Policy Department": the head word closes the joined name.
                head = to - 1;
                firstLower = to;
            }
            int start = from;
            // "Ukrainian Center for Countering Disinformation", "London School of Economics": a country
            // or place right before the name is part of it.
            while (start > 0 && masked[start - 1] && joined(start - 1, start) && tokens.get(start - 1).capitalised()) {
                start--;
            }
            if (head < 0 && start < from && is(from, Lexicon.ORGANISATION_HEAD)) {
                head = from;
            }
            if (head < 0 || head == start && !(extended && head == firstLower - 1)) {
                return false;
            }
            // "Council on Foreign Relations" keeps its connectors; "US Army Pacific" the words after its
            // head, up to a title ("Stimson Center Director ...").
            int end = head == firstLower - 1 && extended ? to : head + 1;
            while (end < firstLower && !is(end, Lexicon.TITLE) && !is(end, Lexicon.CALENDAR_WORD)
                    && !tokens.get(end - 1).possessive()) {
                end++;
            }
            int post = end > head + 2 ? postBefore(start) : -1;
            int holder = -1;
            int holderEnd = end;
            if (post >= 0 && validName(head + 1, end) && !allCommon(head + 1, end)) {
                // "Secretary of the Russian Security Council Sergey Shoigu": after a post in a body, the
                // words after the body's head word name who holds it.
                holder = head + 1;
                end = holder;
            }
            boolean endsInHead = is(end - 1, Lexicon.ORGANISATION_HEAD);
            if (is(end - 1, Lexicon.PLACE_FEATURE) && !endsInHead) {
                // "Hamad International Airport", "Parliament Square": a name ending in a place's feature is the place's.
                return false;
            }
            String why = "organisation: ends in the head word \"" + tokens.get(head).text() + "\"";
            if (end > head + 1 && !endsInHead) {
                why = "organisation: head word \"" + tokens.get(head).text() + "\" with \""
                        + text.substring(tokens.get(head + 1).start(), tokens.get(end - 1).end()) + "\"";
            }
            // "Foreign Ministry" names one body only with the country it belongs to: "Brazil's Foreign
            // Ministry"; "Mechanized Brigade" one unit only with its number: "47th Mechanized Brigade".
            int owner = isGovernmentBody(start, end) ? ownerBefore(start) : start;
            boolean numbered = owner < 0 && numberedBefore(start);
            if (numbered) {
                owner = start - 1;
            }
            if (owner >= 0) {
                if (owner < start) {
                    String before = text.substring(tokens.get(owner).start(), tokens.get(start - 1).end());
                    why += numbered ? ", numbered \"" + before + "\"" : ", of \"" + before + "\" before it";
                }
                addOrganisation(owner, end, why, found, acronyms);
            }
            if (holder >= 0) {
                String title = text.substring(tokens.get(post).start(), tokens.get(holder - 1).end());
                found.add(finding(EntityKind.PERSON, Finding.Form.FULL, holder, holderEnd, null,
                        Optional.of("person: after the post \"" + title + "\""), true));
                end = holderEnd;
            }
            if (end < to) {
                classifyWords(end, to, Optional.empty(), found, acronyms);
            }
            return true;
        }

        /**
         * Where the title opens of a post ending at {@code start}, as "Secretary" in "Secretary of
         * the Russian Security Council" or "Chief" in "Chief of the General Staff of the Russian
         * Armed Forces": {@code of} (and {@code the}) before the body, after a title, or after another
         * body with its own {@code of the}. Returns the index of the title's first word, or -1 when
         * no post ends there.
         */
        private int postBefore(int start) {
            int i = start - 1;
            for (int bodies = 0; bodies < MAX_BODIES_IN_POST; bodies++) {
                if (i >= 0 && tokens.get(i).text().equals("the") && gapIs(i, i + 1, " ")) {
                    i--;
                }
                if (i < 1 || !tokens.get(i).text().equals("of") || !gapIs(i, i + 1, " ") || !gapIs(i - 1, i, " ")) {
                    return -1;
                }
                int last = --i;
                boolean titled = false;
                while (i >= 0 && tokens.get(i).capitalised() && last - i < MAX_BODY_WORDS
                        && (i == last || gapIs(i, i + 1, " "))) {
                    titled |= is(i, Lexicon.TITLE);
                    i--;
                }
                if (i == last) {
                    // "the secretary of the Security Council ...": a title in lower case.
                    return is(last, Lexicon.TITLE) ? last : -1;
                }
                boolean body = i >= 0 && gapIs(i, i + 1, " ")
                        && (tokens.get(i).text().equals("the") || tokens.get(i).text().equals("of"));
                if (!body) {
                    return titled ? i + 1 : -1;
                }
            }
            return -1;
        }

        private void addOrganisation(int start, int end, String why, List<Finding> found, Map<String, String> acronyms) {
            Finding org = finding(EntityKind.ORGANISATION, Finding.Form.FULL, start, end, null, Optional.of(why), false);
            found.add(org);
            Matcher acronym = after(ACRONYM_AFTER, tokens.get(end - 1).end());
            if (acronym.lookingAt() && abbreviates(acronym.group(1), org.surface())) {
                int at = acronym.start(1);
                found.add(new Finding(EntityKind.ORGANISATION, Finding.Form.ACRONYM, block.id(), at,
                        at + acronym.group(1).length(), acronym.group(1),
                        Optional.of("organisation: defined in brackets after \"" + org.surface() + "\""),
                        Optional.empty(), false));
                acronyms.putIfAbsent(acronym.group(1), org.surface());
            }
        }

        /**
         * Whether tokens {@code from} to {@code to} name a body every government has, in words of
         * no one country: {@code Foreign Ministry}, {@code Ministry of Foreign Affairs},
         * {@code National Assembly}, {@code Presidential Office}.
         */
        private boolean isGovernmentBody(int from, int to) {
            if (!is(to - 1, Lexicon.GOVERNMENT_HEAD) && !is(from, Lexicon.GOVERNMENT_HEAD)) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (masked[i] || !is(i, Lexicon.GOVERNMENT_HEAD | Lexicon.GOVERNMENT_PORTFOLIO | Lexicon.FUNCTION_WORD)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether an ordinal stands right before the name at {@code start}, as in "47th Mechanized Brigade". */
        private boolean numberedBefore(int start) {
            return start > 0 && ORDINAL.matcher(tokens.get(start - 1).text()).matches() && joined(start - 1, start);
        }

        /** The first token of the country or place owning the name at {@code start} ("Brazil's"), or -1. */
        private int ownerBefore(int start) {
            int last = start - 1;
            if (last < 0 || !masked[last] || !tokens.get(last).possessive()
                    || tokens.get(start).start() - tokens.get(last).end() > OWNER_GAP) {
                return -1;
            }
            int first = last;
            while (first > 0 && masked[first - 1] && joined(first - 1, first)) {
                first--;
            }
            return first;
        }

        private boolean place(int from, int to, List<Finding> found) {
            Token last = tokens.get(to - 1);
            if (to - from >= 2 && is(to - 1, Lexicon.PLACE_NOUN) && validPlace(from, to - 1)) {
                found.add(finding(EntityKind.PLACE, Finding.Form.FULL, from, to - 1, null,
                        Optional.of("place: followed by \"" + last.text() + "\""), false));
                return true;
            }
            if (to - from >= 2 && is(to - 1, Lexicon.PLACE_FEATURE) && validPlace(from, to - 1)) {
                found.add(finding(EntityKind.PLACE, Finding.Form.FULL, from, to, null,
                        Optional.of("place: ends in \"" + last.text() + "\""), false));
                return true;
            }
            // The noun is the word the pattern reads; it says only whether a word ends there.
            String noun = lowerCaseWordAfter(last.end());
            if ((lexicon.isPlaceNoun(noun) || lexicon.isPlaceFeature(noun) || lexicon.isSettlementNoun(noun))
                    && after(PLACE_NOUN_AFTER, last.end()).lookingAt()
                    && !last.possessive() && validPlace(from, to)) {
                found.add(finding(EntityKind.PLACE, Finding.Form.FULL, from, to, null,
                        Optional.of("place: followed by \"" + noun + "\""), false));
                return true;
            }
            int start = tokens.get(from).start();
            Matcher beforeNoun = endsInWord(text, start, "of") ? endingAt(PLACE_NOUN_BEFORE, text, start) : null;
            if (beforeNoun != null && beforeNoun.find()
                    && (lexicon.isPlaceNoun(beforeNoun.group(1)) || lexicon.isSettlementNoun(beforeNoun.group(1)))
                    && validPlace(from, to)) {
                found.add(finding(EntityKind.PLACE, Finding.Form.FULL, from, to, null,
                        Optional.of("place: after \"" + beforeNoun.group(1) + " of\""), false));
                return true;
            }
            return false;
        }

        private boolean validPlace(int from, int to) {
            if (to - from < 1 || to - from > 3) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (is(i, Lexicon.TITLE | Lexicon.FUNCTION_WORD) || tokens.get(i).acronym()) {
                    return false;
                }
            }
            return true;
        }

        private void person(int from, int to, Optional<String> strippedVerb, List<Finding> found) {
            int title = -1;
            for (int i = from; i < to - 1; i++) {
                if (is(i, Lexicon.TITLE)) {
                    title = i;
                }
            }
            int nameFrom = title + 1 > from ? title + 1 : from;
            if (nameFrom >= to || !validName(nameFrom, to)) {
                return;
            }
            Optional<String> affiliation = affiliation(from);
            boolean honorific = title >= 0;
            Optional<Cue> cue = Optional.empty();
            if (honorific) {
                cue = Optional.of(Cue.of("person: after the title \""
                        + text.substring(tokens.get(from).start(), tokens.get(title).end()) + "\""));
            } else if (strippedVerb.isPresent()) {
                cue = Optional.of(Cue.spoken("person: after \"" + strippedVerb.get() + "\""));
            } else if (!afterArticle(from)) {
                // "The White House said": a name right after "the" is not a person's.
                cue = cue(from, to);
            }
            if (cue.isPresent() && cue.get().spoken() && to - nameFrom > 1 && unlikePersonName(nameFrom, to)) {
                // "Human Rights Watch said", "Air France said": bodies speak too.
                cue = Optional.empty();
            }
            Finding.Form form = to - nameFrom == 1 ? Finding.Form.SHORT : Finding.Form.FULL;
            if (form == Finding.Form.FULL && allCommon(nameFrom, to)) {
                return;
            }
            Finding person = finding(EntityKind.PERSON, form, nameFrom, to, null, cue.map(Cue::why), honorific)
                    .withAffiliation(affiliation);
            found.add(cue.isPresent() && cue.get().spoken() ? person.asSpoken() : person);
        }

        /**
         * Whether a name of several words reads unlike a person's: its first word is one the
         * dossier also writes in lower case ("Planned Parenthood", "Air France"), its last is a
         * place's feature ("Silicon Valley"), or a place is followed by an ordinary word ("Scotland
         * Yard", "Manchester United"). A given name is seldom an ordinary word.
         */
        private boolean unlikePersonName(int from, int to) {
            return vocabulary.isCommon(tokens.get(from).text()) || is(to - 1, Lexicon.PLACE_FEATURE)
                    || vocabulary.isCommon(tokens.get(to - 1).text()) && !gazetteer.find(tokens.get(from).text()).isEmpty();
        }

        /** Why a run is taken for a person's name, and whether only a verb of saying beside it says so. */
        private record Cue(String why, boolean spoken) {

            static Cue of(String why) {
                return new Cue(why, false);
            }

            static Cue spoken(String why) {
                return new Cue(why, true);
            }
        }

        /**
         * What the words around a run say about it being a person's name; a verb of saying beside
         * it counts only where nothing else does, as firms and bodies speak too.
         */
        private Optional<Cue> cue(int from, int to) {
            if (titleCase) {
                // "... As Russia Ties Deepen, Says ...": where every word is capitalised, no word's shape or neighbour tells.
                return Optional.empty();
            }
            return markedAsPerson(from, to).map(Cue::of).or(() -> speaker(from, to).map(Cue::spoken));
        }

        /** A cue that only a person's name takes: a title, a role or a byline before it, "who", an age or a role after it. */
        private Optional<String> markedAsPerson(int from, int to) {
            int start = tokens.get(from).start();
            Matcher credit = endsInWord(text, start, "by") ? endingAt(CREDIT_BEFORE, text, start) : null;
            if (credit != null && credit.find()) {
                return Optional.of("person: after \"" + credit.group().strip() + "\"");
            }
            Matcher leader = endsInWord(text, start, "by") ? endingAt(LEADER_BEFORE, text, start) : null;
            if (leader != null && leader.find()) {
                return Optional.of("person: after \"" + leader.group().strip() + "\"");
            }
            Matcher posted = endsInCapitalisedWord(text, start) ? endingAt(POSTED_TO_BEFORE, text, start) : null;
            if (posted != null && posted.find()) {
                return Optional.of("person: after \"" + posted.group().strip() + "\"");
            }
            Optional<String> previous = before(from);
            if (previous.isPresent() && lexicon.isRole(previous.get())) {
                return Optional.of("person: after \"" + previous.get() + "\"");
            }
            int rest = tokens.get(to - 1).end();
            if (tokens.get(to - 1).possessive()) {
                return Optional.empty();
            }
            if (after(WHO_AFTER, rest).lookingAt()) {
                return Optional.of("person: followed by \"who\"");
            }
            Matcher age = commaAfter(rest) ? after(AGE_AFTER, rest) : null;
            if (age != null && age.lookingAt() && Integer.parseInt(age.group(1)) <= MAX_AGE) {
                return Optional.of("person: followed by an age (\", " + age.group(1) + ",\")");
            }
            Optional<String> role = roleInApposition(to);
            if (role.isPresent()) {
                return role;
            }
            if (to - from == 2 && tokens.get(from).text().length() <= MAX_FAMILY_NAME
                    && HYPHENATED_GIVEN_NAME.matcher(tokens.get(from + 1).text()).matches()) {
                return Optional.of("person: a short family name and a hyphenated given name, as in Korean names");
            }
            return Optional.empty();
        }

        /**
         * A role noun in the apposition after the run ending at token {@code to}: "Olaf Scholz, the
         * outgoing chancellor"; none when the role is the title of the name after it.
         */
        private Optional<String> roleInApposition(int to) {
            int rest = tokens.get(to - 1).end();
            Matcher apposition = commaAfter(rest) ? after(APPOSITION, rest) : null;
            if (apposition == null || !apposition.lookingAt()) {
                return Optional.empty();
            }
            String[] words = WHITE_SPACE.split(apposition.group(1));
            for (int i = 0; i < Math.min(words.length, 6); i++) {
                if (Character.isLowerCase(words[i].codePointAt(0)) && lexicon.isRole(words[i])) {
                    // "the First World War, historian Margaret MacMillan noted": the role is the next name's title.
                    boolean titlesNextName = i + 1 < words.length && Character.isUpperCase(words[i + 1].codePointAt(0));
                    return titlesNextName ? Optional.empty()
                            : Optional.of("person: followed by \", " + String.join(" ", List.of(words).subList(0, i + 1)) + "\"");
                }
            }
            return Optional.empty();
        }

        /** A verb of saying right before the run ("said Lee") or right after it ("Lee said"). */
        private Optional<String> speaker(int from, int to) {
            Optional<String> previous = before(from);
            // "said Lee": the speaker after the verb. "told Reuters", "asked Moscow": the listener, anyone.
            if (previous.isPresent() && lexicon.isSpeechVerb(previous.get()) && !OBJECT_FIRST.contains(previous.get())) {
                return Optional.of("person: after \"" + previous.get() + "\"");
            }
            int rest = tokens.get(to - 1).end();
            if (tokens.get(to - 1).possessive()) {
                return Optional.empty();
            }
            Matcher speech = after(SPEECH_AFTER, rest);
            // "a fellow at Defense Priorities, said": the object of a preposition is not who speaks.
            if (speech.lookingAt() && lexicon.isSpeechVerb(speech.group(1)) && !afterPreposition(from)) {
                return Optional.of("person: followed by \"" + text.substring(rest, speech.end()).strip() + "\"");
            }
            return Optional.empty();
        }

        private boolean afterArticle(int i) {
            if (i == 0) {
                return false;
            }
            Token previous = tokens.get(i - 1);
            String word = previous.text().toLowerCase(java.util.Locale.ROOT);
            return (word.equals("the") || word.equals("a") || word.equals("an"))
                    && text.substring(previous.end(), tokens.get(i).start()).isBlank();
        }

        private boolean afterPreposition(int i) {
            if (i == 0) {
                return false;
            }
            Token previous = tokens.get(i - 1);
            return text.substring(previous.end(), tokens.get(i).start()).isBlank() && PREPOSITIONS.contains(previous.text());
        }

        /** The word just before token {@code i}, across at most a comma, if lower case. */
        private Optional<String> before(int i) {
            if (i == 0) {
                return Optional.empty();
            }
            Token previous = tokens.get(i - 1);
            if (!gapIs(i - 1, i, " ") && !gapIs(i - 1, i, ", ") || previous.possessive()
                    || !Character.isLowerCase(previous.text().codePointAt(0))) {
                return Optional.empty();
            }
            return Optional.of(previous.text());
        }

        /** The country named just before a person's title or name: "North Korean leader Kim Jong Un". */
        private Optional<String> affiliation(int from) {
            int start = tokens.get(from).start();
            // Places are in text order and do not overlap: only the last few before the name can end in
            // reach. The gap pattern holds only letters, hyphens, apostrophes and spaces: a country before
            // anything else cannot be the one.
            for (int i = SortedStarts.firstAtOrAfter(places, GazetteerMatch::start, start) - 1;
                    i >= 0 && places.get(i).end() >= start - MAX_AFFILIATION_GAP; i--) {
                GazetteerMatch place = places.get(i);
                if (place.end() <= start && place.kind() == EntityKind.COUNTRY
                        && AFFILIATION_GAP.matcher(text).region(place.end(), start).matches()) {
                    return Optional.of(place.name());
                }
            }
            return Optional.empty();
        }

        /**
         * Whether a comma follows {@code from}, after white space if any: a quick test that spares the
         * names no apposition follows the {@link #APPOSITION} pattern.
         */
        private boolean commaAfter(int from) {
            int i = from;
            while (i < text.length() && Scan.isAsciiSpace(text.charAt(i))) {
                i++;
            }
            return i < text.length() && text.charAt(i) == ',';
        }

        /**
         * The lower-case letters after the white space at {@code from}: the noun {@link #PLACE_NOUN_AFTER}
         * reads when it matches there. Empty if there is no white space.
         */
        private String lowerCaseWordAfter(int from) {
            int start = from;
            while (start < text.length() && Scan.isAsciiSpace(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < text.length() && Character.getType(text.codePointAt(end)) == Character.LOWERCASE_LETTER) {
                end += Character.charCount(text.codePointAt(end));
            }
            return start > from ? text.substring(start, end) : "";
        }

        /** A matcher for {@code pattern} on the text from {@code from} on, as on {@code text.substring(from)}, with offsets in the text. */
        private Matcher after(Pattern pattern, int from) {
            return pattern.matcher(text).region(from, text.length());
        }

        private boolean validName(int from, int to) {
            int words = 0;
            for (int i = from; i < to; i++) {
                words += PARTICLES.contains(tokens.get(i).text()) ? 0 : 1;
            }
            if (words > 4 || to - from > 1 && COMPASS_WORDS.contains(tokens.get(from).text())) {
                return false;
            }
            for (int i = from; i < to; i++) {
                Token token = tokens.get(i);
                String word = token.text();
                if (i > from && i < to - 1 && PARTICLES.contains(word)) {
                    continue;
                }
                boolean nameWord = token.capitalised() || i > from && isArticleJoined(word);
                if (!nameWord || token.acronym() && !(i == to - 1 && regnalNumeral(i)) || token.hasDigit()
                        || is(i, Lexicon.FUNCTION_WORD | Lexicon.CALENDAR_WORD | Lexicon.ORGANISATION_HEAD | Lexicon.TITLE)
                        && !(is(i, Lexicon.CALENDAR_WORD) && inName(i, from, to))
                        && !(i == from && surnameAfterTitle(i, to))
                        && !(i == to - 1 && is(i, Lexicon.ORGANISATION_HEAD) && roleInApposition(to).isPresent())
                        || (i < to - 1 && token.possessive())) {
                    return false;
                }
            }
            return !onlyPortfolios(from, to);
        }

        /**
         * Whether the function word at {@code i} opens a name right after a title: "Vice Premier He
         * Lifeng", where "He" is a family name, not the pronoun.
         */
        private boolean surnameAfterTitle(int i, int to) {
            return i > 0 && to - i >= 2 && is(i, Lexicon.FUNCTION_WORD) && is(i - 1, Lexicon.TITLE)
                    && !tokens.get(i).sentenceInitial() && gapIs(i - 1, i, " ");
        }

        /** Whether every word names a government's portfolio: "Foreign Affairs" is an office, not a name. */
        private boolean onlyPortfolios(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!is(i, Lexicon.GOVERNMENT_PORTFOLIO)) {
                    return false;
                }
            }
            return true;
        }

        private boolean allCommon(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!vocabulary.isCommon(tokens.get(i).text())) {
                    return false;
                }
            }
            return true;
        }

        private Finding finding(EntityKind kind, Finding.Form form, int from, int to, String surface,
                Optional<String> evidence, boolean honorific) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            Optional<String> why = evidence;
            if (block.byline() && kind == EntityKind.PERSON) {
                why = Optional.of("person: byline");
            }
            return new Finding(kind, form, block.id(), start, end, surface == null ? text.substring(start, end) : surface,
                    why, Optional.empty(), honorific);
        }
    }

    /** Whether {@code acronym}'s letters are initials of {@code name}'s capitalised words, in order. */
    static boolean abbreviates(String acronym, String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : SPACES_AND_HYPHENS.split(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        int at = 0;
        for (char c : acronym.replace("&", "").toCharArray()) {
            at = initials.indexOf(String.valueOf(c), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return acronym.charAt(0) == initials.charAt(0);
    }

    private static int firstOf(String text, int from, String... separators) {
        int stop = text.length();
        for (String separator : separators) {
            int at = text.indexOf(separator, from);
            if (at >= 0) {
                stop = Math.min(stop, at);
            }
        }
        return stop;
    }

    /** Whether {@code word} is an Arabic article joined to a name: {@code al-Burhan}. */
    private static boolean isArticleJoined(String word) {
        // The article is two or three letters: a word hyphenated elsewhere, or not at all, needs no pattern.
        int hyphen = word.indexOf('-');
        return (hyphen == 2 || hyphen == 3) && ARTICLE_JOINED_NAME.matcher(word).matches();
    }

    /**
     * A matcher for {@code pattern} on {@code text} up to {@code end}, as on
     * {@code text.substring(0, end)}, for a pattern that matches letters and whitespace only and
     * ends with {@code $}: its match can only lie in the run of letters and whitespace before
     * {@code end}, so only that run is searched, not the whole text before it, and of that run
     * only the last {@value #MAX_CUE_REACH} characters, longer than any of those patterns'
     * matches, so that a long paragraph without punctuation is not walked again at every name.
     */
    private static Matcher endingAt(Pattern pattern, String text, int end) {
        int from = end;
        while (from > 0 && end - from < MAX_CUE_REACH && isLetterOrSpace(text.charAt(from - 1))) {
            from--;
        }
        // Transparent bounds: the word boundary at the run's start sees the character before it.
        return pattern.matcher(text).region(from, end).useTransparentBounds(true);
    }

    /**
     * Whether white space ends at {@code end} after {@code word}, in either case. The patterns that
     * end at a name ({@link #endingAt}) end in a word of their own and white space: most names follow
     * no such word, and are told so without a search.
     */
    private static boolean endsInWord(String text, int end, String word) {
        int stop = spaceStart(text, end);
        int start = stop - word.length();
        return stop < end && start >= 0 && text.regionMatches(true, start, word, 0, word.length());
    }

    /** Whether white space ends at {@code end} after a word that starts with a capital letter ("to the DPRK "). */
    private static boolean endsInCapitalisedWord(String text, int end) {
        int stop = spaceStart(text, end);
        int start = stop;
        while (start > 0 && Character.isLetter(Character.codePointBefore(text, start))) {
            start -= Character.charCount(Character.codePointBefore(text, start));
        }
        return stop < end && start < stop && Character.getType(text.codePointAt(start)) == Character.UPPERCASE_LETTER;
    }

    /** Where the white space that ends at {@code end} starts; {@code end} if there is none. */
    private static int spaceStart(String text, int end) {
        int start = end;
        while (start > 0 && Scan.isAsciiSpace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether {@code c} can be part of a letters-and-whitespace match; surrogates count, to be safe. */
    private static boolean isLetterOrSpace(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == ' ' || c == '\t' || c == '\n'
                || c == '\u000B' || c == '\f' || c == '\r';
    }
}
