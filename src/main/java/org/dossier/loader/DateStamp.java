package org.dossier.loader;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that only says when the article was published or updated:
 * {@code (Published 16 November 2024, 06:49 IST)}, {@code Published: 3 March 2024},
 * {@code Updated 10:22 AM EST, March 3, 2024}, {@code Mon 4 Mar 2024 03.00 GMT}. Besides the date,
 * such a line holds only stamp words, times, weekdays and time zones; a sentence that mentions a
 * date is not a stamp.
 *
 * @param date the date given
 * @param updated whether the line gives an update time rather than the publication time
 */
record DateStamp(LocalDate date, boolean updated) {

    private static final int MAX_LENGTH = 120;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> STAMP_WORDS = Set.of(
            "published", "first", "updated", "last", "posted", "date", "dated", "created", "modified", "on", "at",
            "ago", "hours", "hour", "hrs", "hr", "minutes", "minute", "mins", "min", "days", "day", "am", "pm",
            "a", "p", "m", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "local", "time", "and", "edt",
            "est", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "gmt", "utc", "cet", "cest", "ist", "kst",
            "jst", "sgt", "hkt", "aest", "aedt", "msk", "wib");

    private static final Set<String> MONTH_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
            "st", "nd", "rd", "th");

    /** The stamp {@code line} is, if it is one. */
    static Optional<DateStamp> read(String line) {
        if (line.length() > MAX_LENGTH || !onlyStampOrMonthWords(line)) {
            return Optional.empty();
        }
        Optional<Dates.Found> found = Dates.find(line);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String before = line.substring(0, found.get().start()).toLowerCase(Locale.ROOT);
        String rest = before + " " + line.substring(found.get().end()).toLowerCase(Locale.ROOT);
        for (String word : WORDS.split(rest)) {
            if (!word.isEmpty() && !STAMP_WORDS.contains(word)) {
                return Optional.empty();
            }
        }
        boolean updated = before.contains("updated") || before.contains("modified");
        return Optional.of(new DateStamp(found.get().date(), updated));
    }

    /** A cheap first test that turns prose away, usually at its first word, before any pattern runs. */
    private static boolean onlyStampOrMonthWords(String line) {
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean letter = i < line.length() && Character.isLetter(line.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = line.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STAMP_WORDS.contains(word) && !MONTH_WORDS.contains(word)) {
                    return false;
                }
                start = -1;
            }
        }
        return true;
    }
}
