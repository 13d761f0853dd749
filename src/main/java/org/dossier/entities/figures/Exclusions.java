package org.dossier.entities.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers that carry no claim: years, dates, times, ages, ordinals, decades, durations, model and
 * calibre numbers, numbered items, phone numbers and list markers. Each rule looks only at the
 * tokens next to the number, so the check is constant time per number.
 */
final class Exclusions {

    /** Words that number an item rather than count things: {@code page 12}, {@code Resolution 2231}. */
    private static final Set<String> NUMBERED_ITEMS = Set.of(
            "page", "pages", "p.", "pp.", "no.", "nos.", "number", "chapter", "section", "article", "paragraph",
            "clause", "resolution", "flight", "route", "room", "line", "gate", "platform", "seat", "episode",
            "season", "volume", "vol.", "issue", "version", "level", "grade", "class", "category", "phase",
            "stage", "highway", "rule", "figure", "table", "question", "step", "item", "unit", "lot", "tier",
            "code", "district", "zone", "block", "building", "floor", "exit", "channel", "track", "verse", "act",
            "scene", "amendment", "week", "day", "year", "game", "match", "round", "term", "no", "nos");
    /** Units of a calibre or gauge: {@code 60 mm mortars} names a weapon, not a count. */
    private static final Set<String> CALIBRES = Set.of("mm", "cm", "calibre", "caliber", "inch", "gauge", "mm.");
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
    /** {@code 12 times the speed of sound}, {@code tested 30 times}: how often or how much more, not a count. */
    private static final Set<String> MULTIPLIERS = Set.of("times", "fold");
    private static final Set<String> CLOCK_WORDS = Set.of(
            "am", "pm", "a.m.", "p.m.", "gmt", "utc", "ist", "bst", "est", "edt", "pst", "pdt", "cet", "cest",
            "hrs", "h", "o'clock", "o\u2019clock", "jst", "kst");
    /** Symbols that, stuck before a number, make it part of a code, reference or abbreviation. */
    private static final Set<String> CODE_PREFIXES = Set.of(
            ".", ":", "/", "#", "@", "_", "=", "+", "'", "\u2019", "^", "\\", "<", "&", "*", "~", "|");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    /** Words of time that may open a sentence right before a count: {@code Yesterday 40 people died}. */
    private static final Set<String> TIME_WORDS = Set.of(
            "yesterday", "today", "tonight", "overnight", "now", "then", "still", "meanwhile", "here", "there");
    private static final int MAX_MODEL_NUMBER = 10_000;
    private static final Set<String> OPENERS =
            Set.of(".", "!", "?", "\"", "\u201c", "\u2018", "(", ":", ";", "\u2014", "\u2013", "-");

    private Exclusions() {}

    /**
     * Why the amount is no figure, if it is not one.
     *
     * @param afterDate whether the number continues a date just read ({@code November 18 and 19})
     */
    static Optional<String> reason(BlockTokens t, Amount a, boolean afterDate) {
        int n = a.number();
        boolean small = a.value().signum() >= 0 && a.value().compareTo(BigDecimal.valueOf(31)) <= 0
                && a.value().scale() <= 0 && !a.money() && !a.percent() && !a.scaled();
        String glued = a.gluedLetters();
        if (!glued.isEmpty()) {
            if (glued.equals("st") || glued.equals("nd") || glued.equals("rd") || glued.equals("th")) {
                return Optional.of("ordinal");
            }
            return Optional.of(
                    glued.equals("s") ? "decade" : "number joined to letters '" + glued + "' (a size, model or code)");
        }
        Optional<String> before = stuckBefore(t, a.first());
        if (before.isPresent()) {
            return before;
        }
        Optional<String> after = stuckAfter(t, a.last());
        if (after.isPresent()) {
            return after;
        }
        if (a.spelled() && a.value().intValue() < 10 && !a.scaled()) {
            return Optional.of("small count written as a word");
        }
        String previous = t.lower(a.first() - 1);
        String next = t.lower(a.last() + 1);
        if (small && (Words.month(previous) || Words.month(next) || afterDate)) {
            return Optional.of("date");
        }
        if (a.yearLike(t) && !countsPluralBelow(t, a.last() + 1)) {
            return Optional.of("year");
        }
        if (CALIBRES.contains(next)) {
            return Optional.of("calibre");
        }
        if (CLOCK_WORDS.contains(next)) {
            return Optional.of("time of day");
        }
        if (AGE_WORDS.contains(previous) || commaAge(t, a)) {
            return Optional.of("age");
        }
        // "12.5 percent year on year": a percentage or a sum is no duration, whatever follows it.
        boolean unitless = !a.percent() && !a.money();
        if (unitless && (Words.timeUnit(next) || (next.equals("more") && Words.timeUnit(t.lower(a.last() + 2))))) {
            return Optional.of("duration");
        }
        if (MULTIPLIERS.contains(next)) {
            return Optional.of("multiplier or frequency ('" + t.get(a.last() + 1).text() + "')");
        }
        if (!a.money() && t.has(a.first() - 1) && t.get(a.first() - 1).isWord()) {
            if (NUMBERED_ITEMS.contains(previous)) {
                return Optional.of("numbered item ('" + t.get(a.first() - 1).text() + "')");
            }
            if (t.get(a.first() - 1).capitalised() && !Words.month(previous)
                    && (!sentenceStart(t, a.first() - 1) || modelNumberOpening(t, a, previous))) {
                return Optional.of("name with a number ('" + t.get(a.first() - 1).text() + "')");
            }
        }
        boolean plain = !a.money() && !a.percent() && !a.scaled();
        if (plain && ((previous.equals("in") && smallNumber(t, a.first() - 2))
                || (next.equals("in") && smallNumber(t, a.last() + 2)))) {
            return Optional.of("ratio ('1 in 5')");
        }
        if (listMarker(t, a)) {
            return Optional.of("list marker");
        }
        if ((t.has(a.first() - 1) && t.get(a.first() - 1).isNumber())
                || (t.has(a.last() + 1) && t.get(a.last() + 1).isNumber() && !isCalibre(t, a.last() + 1))) {
            return Optional.of("run of digit groups (a phone number or code)");
        }
        return Optional.empty();
    }

    /** Whether token {@code i} is the number of a calibre: {@code 152mm}, {@code 155 mm}. */
    static boolean isCalibre(BlockTokens t, int i) {
        return t.has(i) && t.get(i).isNumber() && CALIBRES.contains(t.lower(i + 1));
    }

    private static Optional<String> stuckBefore(BlockTokens t, int first) {
        if (!t.has(first - 1) || !t.glued(first - 1)) {
            return Optional.empty();
        }
        Token before = t.get(first - 1);
        if (before.kind() != Token.Kind.SYMBOL) {
            return Optional.empty();
        }
        if (DASHES.contains(before.text()) && t.has(first - 2) && t.glued(first - 2)) {
            return Optional.of(
                    t.get(first - 2).isNumber() ? "second half of a range or date" : "model or designation number");
        }
        if (CODE_PREFIXES.contains(before.text())) {
            return Optional.of("part of a code, time or reference ('" + before.text() + "' before it)");
        }
        return Optional.empty();
    }

    private static Optional<String> stuckAfter(BlockTokens t, int last) {
        if (!t.glued(last)) {
            return Optional.empty();
        }
        Token after = t.get(last + 1);
        if (after.kind() != Token.Kind.SYMBOL || !t.glued(last + 1)) {
            return Optional.empty();
        }
        Token beyond = t.get(last + 2);
        if (DASHES.contains(after.text())) {
            if (beyond.isNumber()) {
                return Optional.of("range, score or date");
            }
            if (!beyond.text().equalsIgnoreCase("strong")) {
                return Optional.of("part of a compound modifier ('" + beyond.text() + "')");
            }
        }
        if (beyond.isNumber() && (after.text().equals(":") || after.text().equals("/") || after.text().equals("."))) {
            return Optional.of("time, score, date or version");
        }
        return Optional.empty();
    }

    /** Whether a lower-case plural noun follows, as in {@code 2000 troops}: then a year-like number counts. */
    private static boolean countsPluralBelow(BlockTokens t, int i) {
        if (!t.has(i) || !t.get(i).isWord() || t.get(i).capitalised()) {
            return false;
        }
        String lower = t.lower(i);
        return Words.plural(lower) && !Words.stop(lower) && !Words.timeUnit(lower);
    }

    /** {@code Kim Yong-hyun, 64, said}: a small number between commas after a name is an age. */
    private static boolean commaAge(BlockTokens t, Amount a) {
        if (a.value().compareTo(BigDecimal.valueOf(120)) > 0 || a.money() || a.percent()) {
            return false;
        }
        boolean commas = t.has(a.first() - 1) && t.get(a.first() - 1).isSymbol(",")
                && t.has(a.last() + 1) && t.get(a.last() + 1).isSymbol(",");
        boolean parens = t.has(a.first() - 1) && t.get(a.first() - 1).isSymbol("(")
                && t.has(a.last() + 1) && t.get(a.last() + 1).isSymbol(")");
        return (commas || parens) && t.has(a.first() - 2) && t.get(a.first() - 2).capitalised();
    }

    /** Whether token {@code i} is a number of at most three digits, as in the ratio {@code 1 in 5}. */
    private static boolean smallNumber(BlockTokens t, int i) {
        return t.has(i) && t.get(i).isNumber() && t.get(i).text().length() <= 3;
    }

    private static boolean listMarker(BlockTokens t, Amount a) {
        boolean atStart = a.first() == 0 || (a.first() == 1 && t.get(0).isSymbol("("));
        return atStart && t.has(a.last() + 1) && t.glued(a.last())
                && (t.get(a.last() + 1).isSymbol(".") || t.get(a.last() + 1).isSymbol(")"));
    }

    /** Whether token {@code i} opens a sentence or clause, where a capital says nothing about names. */
    /**
     * Whether a sentence opens with a name and a plain number, as "Boeing 737 orders fell" does:
     * the word is no function word, hedge or time word ("About 300", "Some 1,200", "Yesterday 40"),
     * and the number is a bare whole number below ten thousand, written without separators.
     */
    private static boolean modelNumberOpening(BlockTokens t, Amount a, String previous) {
        return !Words.stop(previous) && !TIME_WORDS.contains(previous) && Hedges.before(t, a.first()).isEmpty()
                && !a.percent() && !a.scaled() && a.value().scale() <= 0
                && a.value().compareTo(BigDecimal.valueOf(MAX_MODEL_NUMBER)) < 0
                && t.get(a.first()).text().chars().allMatch(Character::isDigit);
    }

    private static boolean sentenceStart(BlockTokens t, int i) {
        return i == 0 || (t.get(i - 1).kind() == Token.Kind.SYMBOL && OPENERS.contains(t.get(i - 1).text()));
    }
}
