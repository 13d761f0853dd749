package org.dossier.loader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a full calendar date written in a short text: {@code 2024-03-03}, {@code 2024/03/03},
 * {@code 3 March 2024}, {@code 3rd Mar. 2024}, {@code March 3, 2024}, also with the time glued to
 * the year ({@code March 3, 202410:02 AM}), and in figures when the order of day and month cannot be
 * mistaken: {@code 06/19/2024} (a day past 12 tells it), {@code 19.06.2024} (day first, as dots
 * are written) and {@code 11/04/2024 05:31 PM EST} (month first, as American pages write it next
 * to an American time zone, also with the year in two figures: {@code 10/30/24 2:12 PM ET}). A
 * date without a year is not a date, and neither is a bare
 * {@code 06/07/2024}: the loader never guesses. Callers pass short lines only.
 */
final class Dates {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A year ends the number, or runs into the time of day as pages paste it: {@code March 3, 20245:12 AM}. */
    private static final String YEAR_END = "(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))";
    /** Year first, with dashes, dots or slashes: {@code 2024-03-03}, {@code 2025.03.10}, {@code 2024/06/19}. */
    private static final Pattern ISO = Pattern.compile("(?<![\\d./])(\\d{4})([-./])(\\d{2})\\2(\\d{2})(?![\\d./])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})" + YEAR_END,
            Pattern.CASE_INSENSITIVE);
    /** Also with the spaces left out after a dotted month and the comma: {@code Jun.20,2024}. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "(?:\\s|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s?|\\s)(\\d{4})" + YEAR_END,
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** A year in two figures, read only beside an American time zone: {@code 10/30/24 2:12 PM ET}. */
    private static final Pattern SLASHED_SHORT_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])");
    private static final int CENTURY = 2000;
    /** The first year HTML has a date for: a {@code <time datetime>} cannot say year 0. */
    private static final int FIRST_YEAR = 1;
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
    /** The time of day in an American time zone, after a date: {@code  05:31 PM EST}, {@code , 7:12 a.m. ET}. */
    private static final Pattern AMERICAN_TIME = Pattern.compile(
            ",?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?\\s*)?(?:E|C|M|P)[SD]?T\\b", Pattern.CASE_INSENSITIVE);
    private static final int MONTHS = 12;

    /**
     * A date found in a text.
     *
     * @param date the date
     * @param start where it starts in the text
     * @param end where it ends in the text
     */
    record Found(LocalDate date, int start, int end) {}

    private Dates() {}

    /** The first valid full date in {@code text}, if any. */
    static Optional<Found> find(String text) {
        Found best = null;
        Matcher iso = ISO.matcher(text);
        while (iso.find() && best == null) {
            best = found(iso, iso.group(1), iso.group(3), iso.group(4));
        }
        best = earlier(best, first(DAY_MONTH_YEAR.matcher(text), 1, 2, 3));
        best = earlier(best, first(MONTH_DAY_YEAR.matcher(text), 2, 1, 3));
        best = earlier(best, firstSlashed(text));
        best = earlier(best, firstAmericanShort(text));
        best = earlier(best, firstDotted(text));
        return Optional.ofNullable(best);
    }

    /** The first date in figures with dots, day first. */
    private static Found firstDotted(String text) {
        Matcher matcher = DOTTED.matcher(text);
        while (matcher.find()) {
            Found found = found(matcher, matcher.group(3), matcher.group(2), matcher.group(1));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first date in figures with slashes whose order shows: the part past 12 is the day. */
    private static Found firstSlashed(String text) {
        Matcher matcher = SLASHED.matcher(text);
        while (matcher.find()) {
            int first = Integer.parseInt(matcher.group(1));
            int second = Integer.parseInt(matcher.group(2));
            Found found = null;
            if (first > MONTHS && second <= MONTHS) {
                found = found(matcher, matcher.group(3), matcher.group(2), matcher.group(1));
            } else if (second > MONTHS && first <= MONTHS || first == second || americanTimeAfter(text, matcher.end())) {
                found = found(matcher, matcher.group(3), matcher.group(1), matcher.group(2));
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first month-first date with a two-figure year that an American time zone follows. */
    private static Found firstAmericanShort(String text) {
        Matcher matcher = SLASHED_SHORT_YEAR.matcher(text);
        while (matcher.find()) {
            if (americanTimeAfter(text, matcher.end())) {
                Found found = found(matcher, Integer.toString(CENTURY + Integer.parseInt(matcher.group(3))),
                        matcher.group(1), matcher.group(2));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean americanTimeAfter(String text, int end) {
        return AMERICAN_TIME.matcher(text).region(end, text.length()).lookingAt();
    }

    private static Found first(Matcher matcher, int day, int month, int year) {
        while (matcher.find()) {
            Found found = found(matcher, matcher.group(year), monthNumber(matcher.group(month)), matcher.group(day));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Found found(Matcher matcher, String year, String month, String day) {
        if (Integer.parseInt(year) < FIRST_YEAR) {
            return null; // year 0: no date HTML can give, keep looking
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return new Found(date, matcher.start(), matcher.end());
        } catch (DateTimeException impossible) {
            return null; // 30 February and the like: not a date, keep looking
        }
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b != null && b.start() < a.start() ? b : a;
    }

    private static String monthNumber(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
        return Integer.toString(index);
    }
}
