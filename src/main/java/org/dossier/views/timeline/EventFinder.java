package org.dossier.views.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.views.Dates;
import org.dossier.views.timeline.KeyWords.Key;

/**
 * Finds date expressions in a block of text and places them in time.
 *
 * <p>What it finds: full dates ({@code September 13, 2023}, {@code 13 September 2023}), days
 * without a year ({@code On September 13}), months ({@code in June 2024}, {@code in April},
 * {@code June of last year}), seasons ({@code this summer}), years ({@code in 2019},
 * {@code early 2022}), decades ({@code the late 1970s}), relative years ({@code last year}) and
 * weekdays ({@code on Saturday}).
 *
 * <p>How it resolves what the text leaves open, in this order:
 * <ul>
 *   <li>An explicit year is taken as written.</li>
 *   <li>A day without a year whose month an earlier expression of the same block gave with a year
 *       ({@code In April 2019 ... On April 25}) takes that year.</li>
 *   <li>Otherwise a day or month without a year, a weekday, {@code last year}, {@code this
 *       summer}, {@code yesterday} are resolved against the article's date: the latest such day
 *       or month on or before it, or the first on or after it when the sentence speaks of the
 *       future ({@code will}, {@code scheduled}, {@code upcoming}).</li>
 *   <li>Without an article date they stay unresolved, and say so.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** Not a weekday but a named day: Black Friday, Good Friday, Super Tuesday and the like. */
    private static final String NAMED_DAY =
            "(?<!\\b(?:Black|Good|Super|Cyber|Ash|Holy|Easter|Palm|Bloody|Maundy|Shrove|Fat|Great|Giving) )";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String DAY_RANGE = "(?:\\s*(?:-|\u2013|and|to)\\s*\\d{1,2})?";
    private static final String YEAR = "((?:1[0-9]|20|21)\\d{2})";
    private static final String RELATIVE = "(last|this|next)";
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|shall|scheduled|upcoming|is due|are due)\\b", Pattern.CASE_INSENSITIVE);

    private final List<Rule> rules = List.of(
            new Rule(Key.MONTH, 1, "0-9", "\\b" + DAY + " " + MONTH + ",? " + YEAR + "\\b",
                    (m, c) -> c.explicitDay(year(m.group(3)), month(m.group(2)), m.group(1))),
            new Rule(Key.MONTH, 0, "JFMASOND", "\\b" + MONTH + " " + DAY + DAY_RANGE + ",? " + YEAR + "\\b",
                    (m, c) -> c.explicitDay(year(m.group(3)), month(m.group(1)), m.group(2))),
            new Rule(Key.MONTH, 0, "JFMASOND", "\\b" + MONTH + " " + DAY + DAY_RANGE + " of " + RELATIVE + " year\\b",
                    (m, c) -> c.relativeYearDay(m.group(3), month(m.group(1)), m.group(2))),
            new Rule(Key.MONTH, 1, "OoBbSsUuJFMASOND", "\\b(?:[Oo]n |[Bb]y |[Ss]ince |[Uu]ntil )?" + MONTH + " " + DAY + DAY_RANGE + "\\b(?!,?\\s*\\d)",
                    (m, c) -> c.inferredDay(month(m.group(1)), m.group(2))),
            new Rule(Key.MONTH, 2, "Oo0-9", "(?<![\\d,.])\\b(?:[Oo]n )?" + DAY + " " + MONTH + "\\b(?!,?\\s*\\d)",
                    (m, c) -> c.inferredDay(month(m.group(2)), m.group(1))),
            new Rule(Key.MONTH, 0, "JFMASOND", "\\b" + MONTH + ",? (?:of )?" + YEAR + "\\b",
                    (m, c) -> c.explicitMonth(year(m.group(2)), month(m.group(1)))),
            new Rule(Key.MONTH, 0, "JFMASOND", "\\b" + MONTH + ",? (?:of )?" + RELATIVE + " year\\b",
                    (m, c) -> c.relativeYearMonth(m.group(2), month(m.group(1)))),
            new Rule(Key.MONTH, 1, "IiSsBbUuFfDdTtAaEeLlMmNn", "\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter"
                    + "|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Tt]his|[Nn]ext)\\s+" + MONTH + "\\b",
                    (m, c) -> c.inferredMonth(month(m.group(1)), m.group().toLowerCase(Locale.ROOT))),
            new Rule(Key.SEASON, 0, "safw", "\\b(spring|summer|autumn|fall|winter),? (?:of )?" + YEAR + "\\b",
                    (m, c) -> Resolution.of(TimePoint.season(year(m.group(2)), m.group(1)), "year as written")),
            new Rule(Key.SEASON, 1, "ltn", "\\b" + RELATIVE + " (spring|summer|autumn|fall|winter)\\b",
                    (m, c) -> c.relativeSeason(m.group(1), m.group(2))),
            new Rule(Key.DECADE, 2, "telm12", "\\b(?:the\\s+)?(?:(early|mid|late)[- ]?)?((?:1[5-9]|20)\\d0)s\\b",
                    (m, c) -> Resolution.of(TimePoint.decade(Integer.parseInt(m.group(2)), part(m.group(1))),
                            "decade as written")),
            new Rule(Key.YEAR, 1, "eml", "\\b(early|mid|late)[- ]" + YEAR + "\\b",
                    (m, c) -> Resolution.of(TimePoint.year(year(m.group(2)), m.group(1)), "year as written")),
            new Rule(Key.YEAR, 2, "IiSsBbUuFfDdTtAaYy", "\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Bb]ack in"
                    + "|[Aa]round|[Ss]ummer of|[Yy]ear)\\s+" + YEAR + "\\b(?![-\u2013%]|\\s*(?:per|percent|people|troops|soldiers|units|tons|tonnes|km|miles))",
                    (m, c) -> Resolution.of(TimePoint.year(year(m.group(1)), ""), "year as written")),
            new Rule(Key.PERIOD, 1, "ltn", "\\b" + RELATIVE + " (year|month)\\b",
                    (m, c) -> c.relativePeriod(m.group(1), m.group(2))),
            new Rule(Key.WEEKDAY, 1, "OoLlTtNnSsBbUuMWF", "\\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Bb]y|[Uu]ntil)\\s+)?" + NAMED_DAY + WEEKDAY
                    + "\\b(?!,?\\s*\\(?\\s*(?:" + MONTH + "\\s+\\d|\\d{1,2}\\s+" + MONTH + "))",
                    (m, c) -> c.weekday(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                            m.group().toLowerCase(Locale.ROOT))),
            new Rule(Key.YESTERDAY, 0, "Yy", "\\b[Yy]esterday\\b", (m, c) -> c.yesterday()));

    /**
     * The date expressions of {@code text}, in order, not overlapping: where two overlap, the
     * more specific rule wins ({@code June of last year} over {@code in June} and {@code last
     * year}).
     *
     * @param text a block's text
     * @param published the article's date, if known
     */
    public List<DateMention> find(String text, Optional<LocalDate> published) {
        return session().find(new BlockText(text), published);
    }

    /** A session for texts read one after another on one thread. */
    Session session() {
        return new Session();
    }

    /**
     * Finds the dates of texts read one after another, with one matcher per rule for all of them
     * rather than new ones for every text. Not thread-safe.
     */
    final class Session {
        private final Matcher[] matchers = new Matcher[rules.size()];

        private Session() {}

        /** The date expressions of {@code block}, as {@link EventFinder#find} gives them. */
        List<DateMention> find(BlockText block, Optional<LocalDate> published) {
            return find(block, published, KeyWords.of(block.text()));
        }

        /** The date expressions of {@code block}, trying each rule only on the {@code words} that can begin it. */
        List<DateMention> find(BlockText block, Optional<LocalDate> published, KeyWords words) {
            String text = block.text();
            List<Candidate> candidates = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                Rule rule = rules.get(r);
                // What Matcher.find() would give, trying only where a match can begin: transparent
                // bounds let the boundary and look-behind checks see the text before each start.
                Matcher matcher = null;
                int from = 0;
                for (int start : words.starts(rule.key(), rule.wordsBefore())) {
                    if (start < from || !rule.canStartWith(text.charAt(start))) {
                        continue;
                    }
                    if (matcher == null) {
                        matcher = matcher(r, text);
                    }
                    matcher.region(start, text.length());
                    if (matcher.lookingAt()) {
                        candidates.add(new Candidate(matcher.start(), matcher.end(), r, matcher.toMatchResult()));
                        from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
                    }
                }
            }
            return resolve(block, published, candidates);
        }

        /** The matcher of rule {@code rule}, set to {@code text}. */
        private Matcher matcher(int rule, String text) {
            if (matchers[rule] == null) {
                matchers[rule] = rules.get(rule).pattern().matcher(text)
                        .useTransparentBounds(true).useAnchoringBounds(false);
            } else {
                matchers[rule].reset(text);
            }
            return matchers[rule];
        }
    }

    /**
     * The mentions of the {@code candidates} of {@code block}, in the rules' order: of those that
     * overlap, the first found is kept.
     */
    private List<DateMention> resolve(BlockText block, Optional<LocalDate> published, List<Candidate> candidates) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.start() < candidate.end() && candidate.start() < c.end())) {
                chosen.add(candidate);
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        List<DateMention> found = new ArrayList<>();
        Context context = new Context(block, published);
        for (Candidate candidate : chosen) {
            context.at(candidate.start());
            Resolution resolution = rules.get(candidate.rule()).resolve().apply(candidate.match(), context);
            String written = block.text().substring(candidate.start(), candidate.end());
            found.add(new DateMention(candidate.start(), candidate.end(), written, resolution.when(),
                    resolution.explanation()));
            resolution.when().filter(w -> w.precision().compareTo(Precision.MONTH) >= 0 && resolution.explicitYear())
                    .ifPresent(w -> context.remember(w.start()));
        }
        return found;
    }

    /**
     * A date pattern and how to resolve its matches. Every match holds a {@code key} word and
     * begins on it or on one of the {@code wordsBefore} words before it, at a word boundary, with
     * an ASCII letter or digit of {@code firstCharacters} (a character class body): so it is tried
     * only there rather than at every position of the text.
     */
    private record Rule(Key key, int wordsBefore, Pattern pattern, boolean[] firstCharacters,
            BiFunction<MatchResult, Context, Resolution> resolve) {
        Rule(Key key, int wordsBefore, String firstCharacters, String regex,
                BiFunction<MatchResult, Context, Resolution> resolve) {
            this(key, wordsBefore, Pattern.compile(regex), asciiSet(firstCharacters), resolve);
        }

        private static boolean[] asciiSet(String characterClass) {
            Pattern members = Pattern.compile("[" + characterClass + "]");
            boolean[] set = new boolean[128];
            for (char c = 0; c < 128; c++) {
                set[c] = members.matcher(String.valueOf(c)).matches();
            }
            return set;
        }

        boolean canStartWith(char c) {
            return c < 128 && firstCharacters[c];
        }
    }

    private record Candidate(int start, int end, int rule, MatchResult match) {}

    private record Resolution(Optional<TimePoint> when, String explanation, boolean explicitYear) {
        static Resolution of(TimePoint when, String explanation) {
            return new Resolution(Optional.of(when), explanation, true);
        }

        static Resolution inferred(TimePoint when, String explanation) {
            return new Resolution(Optional.of(when), explanation, false);
        }

        static Resolution unresolved(String explanation) {
            return new Resolution(Optional.empty(), explanation, false);
        }
    }

    /**
     * What resolution needs beyond the expression: the article's date, the block so far and the
     * tense of the sentence at hand.
     */
    private static final class Context {
        private final BlockText block;
        private final Optional<LocalDate> published;
        private int offset;
        private int[] sentence = {-1, -1};
        private boolean future;
        private LocalDate lastExplicit;

        Context(BlockText block, Optional<LocalDate> published) {
            this.block = block;
            this.published = published;
        }

        /** Moves on to the expression at {@code offset} of the text. */
        void at(int offset) {
            this.offset = offset;
        }

        /**
         * Whether the sentence of the expression speaks of the future. Only expressions without
         * a year ask, and those of one sentence share its tense: so the block is split into
         * sentences only when one asks, and each sentence is read once.
         */
        private boolean future() {
            int[] bounds = block.sentenceAround(offset);
            if (!Arrays.equals(bounds, sentence)) {
                sentence = bounds;
                future = FUTURE.matcher(block.text().substring(sentence[0], sentence[1])).find();
            }
            return future;
        }

        void remember(LocalDate date) {
            lastExplicit = date;
        }

        Resolution explicitDay(int year, Month month, String day) {
            return dayOf(year, month, day).map(d -> Resolution.of(TimePoint.day(d), "date as written"))
                    .orElseGet(() -> Resolution.unresolved("not a calendar date"));
        }

        Resolution inferredDay(Month month, String day) {
            if (lastExplicit != null && lastExplicit.getMonth() == month) {
                return dayOf(lastExplicit.getYear(), month, day)
                        .map(d -> Resolution.inferred(TimePoint.day(d), "year " + d.getYear()
                                + " from the date given earlier in the same paragraph"))
                        .orElseGet(() -> Resolution.unresolved("not a calendar date"));
            }
            if (published.isEmpty()) {
                return Resolution.unresolved("no year given and the article's date is unknown");
            }
            LocalDate pub = published.get();
            Optional<LocalDate> same = dayOf(pub.getYear(), month, day);
            if (same.isEmpty()) {
                return Resolution.unresolved("not a calendar date");
            }
            LocalDate date = same.get();
            if (future() && date.isBefore(pub)) {
                date = date.plusYears(1);
            } else if (!future() && date.isAfter(pub)) {
                date = date.minusYears(1);
            }
            return Resolution.inferred(TimePoint.day(date), yearFromArticle(pub));
        }

        Resolution relativeYearDay(String relative, Month month, String day) {
            if (published.isEmpty()) {
                return Resolution.unresolved("\u2018" + relative + " year\u2019 needs the article's date, which is unknown");
            }
            int year = published.get().getYear() + offset(relative);
            return dayOf(year, month, day).map(d -> Resolution.inferred(TimePoint.day(d),
                    relative + " year counted from the article's date (" + Dates.dayLabel(published.get()) + ")"))
                    .orElseGet(() -> Resolution.unresolved("not a calendar date"));
        }

        Resolution explicitMonth(int year, Month month) {
            return Resolution.of(TimePoint.month(year, month.getValue()), "month and year as written");
        }

        Resolution relativeYearMonth(String relative, Month month) {
            if (published.isEmpty()) {
                return Resolution.unresolved("\u2018" + relative + " year\u2019 needs the article's date, which is unknown");
            }
            int year = published.get().getYear() + offset(relative);
            return Resolution.inferred(TimePoint.month(year, month.getValue()),
                    relative + " year counted from the article's date (" + Dates.dayLabel(published.get()) + ")");
        }

        Resolution inferredMonth(Month month, String written) {
            if (published.isEmpty()) {
                return Resolution.unresolved("no year given and the article's date is unknown");
            }
            LocalDate pub = published.get();
            boolean ahead = future() || written.startsWith("next");
            int year = pub.getYear();
            if (ahead && month.getValue() < pub.getMonthValue()) {
                year++;
            } else if (!ahead && month.getValue() > pub.getMonthValue()) {
                year--;
            }
            return Resolution.inferred(TimePoint.month(year, month.getValue()), yearFromArticle(pub));
        }

        Resolution relativeSeason(String relative, String season) {
            if (published.isEmpty()) {
                return Resolution.unresolved("\u2018" + relative + " " + season
                        + "\u2019 needs the article's date, which is unknown");
            }
            int year = published.get().getYear() + offset(relative);
            return Resolution.inferred(TimePoint.season(year, season),
                    relative + " " + season + " counted from the article's date (" + Dates.dayLabel(published.get()) + ")");
        }

        Resolution relativePeriod(String relative, String period) {
            if (published.isEmpty()) {
                return Resolution.unresolved("\u2018" + relative + " " + period
                        + "\u2019 needs the article's date, which is unknown");
            }
            LocalDate pub = published.get();
            String why = relative + " " + period + " counted from the article's date (" + Dates.dayLabel(pub) + ")";
            if (period.equals("year")) {
                return Resolution.inferred(TimePoint.year(pub.getYear() + offset(relative), ""), why);
            }
            LocalDate month = pub.withDayOfMonth(1).plusMonths(offset(relative));
            return Resolution.inferred(TimePoint.month(month.getYear(), month.getMonthValue()), why);
        }

        Resolution weekday(DayOfWeek day, String written) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (published.isEmpty()) {
                return Resolution.unresolved("\u2018" + name + "\u2019 needs the article's date, which is unknown");
            }
            LocalDate pub = published.get();
            boolean ahead = future() || written.startsWith("next");
            LocalDate date = pub;
            while (date.getDayOfWeek() != day) {
                date = ahead ? date.plusDays(1) : date.minusDays(1);
            }
            return Resolution.inferred(TimePoint.day(date), "the " + name + (ahead ? " on or after" : " on or before")
                    + " the article's date (" + Dates.dayLabel(pub) + ")");
        }

        Resolution yesterday() {
            return published.map(p -> Resolution.inferred(TimePoint.day(p.minusDays(1)),
                            "the day before the article's date (" + Dates.dayLabel(p) + ")"))
                    .orElseGet(() -> Resolution.unresolved("\u2018yesterday\u2019 needs the article's date, which is unknown"));
        }

        private String yearFromArticle(LocalDate pub) {
            return "year from the article's date (" + Dates.dayLabel(pub) + "): "
                    + (future() ? "the first such date on or after it, as the sentence speaks of the future"
                            : "the latest such date on or before it");
        }
    }

    private static Optional<LocalDate> dayOf(int year, Month month, String day) {
        int number = Integer.parseInt(day);
        if (number < 1 || number > month.length(Year.isLeap(year))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, number));
    }

    private static int offset(String relative) {
        return switch (relative.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static String part(String part) {
        return part == null ? "" : part;
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }
}
