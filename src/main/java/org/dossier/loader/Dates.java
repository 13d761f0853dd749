package org.dossier.loader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a full calendar date written in a short text: {@code 2024-03-03}, {@code 3 March 2024},
 * {@code 3rd Mar. 2024}, {@code March 3, 2024}, also with the time glued to the year
 * ({@code March 3, 202410:02 AM}). A date without a year is not a date: the loader
 * never guesses one. Callers pass short lines only.
 */
final class Dates {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A year ends the number, or runs into the time of day as pages paste it: {@code March 3, 20245:12 AM}. */
    private static final String YEAR_END = "(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})" + YEAR_END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})" + YEAR_END,
            Pattern.CASE_INSENSITIVE);

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
            best = found(iso, iso.group(1), iso.group(2), iso.group(3));
        }
        best = earlier(best, first(DAY_MONTH_YEAR.matcher(text), 1, 2, 3));
        best = earlier(best, first(MONTH_DAY_YEAR.matcher(text), 2, 1, 3));
        return Optional.ofNullable(best);
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
