package org.dossier.loader;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that only says when the article was published or updated:
 * {@code (Published 16 November 2024, 06:49 IST)}, {@code Published: 3 March 2024},
 * {@code Updated 10:22 AM EST, March 3, 2024}, {@code Mon 4 Mar 2024 03.00 GMT}. Besides the date,
 * such a line holds only stamp words, times, weekdays and time zones; a sentence that mentions a
 * date is not a stamp. A line may hold two stamps, set apart by a bar or run together
 * ({@code Updated December 17, 2024|Published December 16, 2024},
 * {@code Published: 19 Jun 2024Updated: 20 Jun 2024}): the publication's is taken. A desk's and a
 * site's names may stand beside it between slashes.
 *
 * @param date the date given
 * @param updated whether the line gives an update time rather than the publication time
 */
record DateStamp(LocalDate date, boolean updated) {

    private static final int MAX_LENGTH = 120;
    private static final Set<String> STAMP_WORDS = Set.of(
            "published", "first", "updated", "last", "posted", "date", "dated", "created", "modified", "issued", "on", "at",
            "ago", "hours", "hour", "hrs", "hr", "minutes", "minute", "mins", "min", "days", "day", "weeks", "week",
            "months", "month", "years", "year", "yesterday", "today", "am", "pm",
            "a", "p", "m", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "local", "time", "and", "et", "ct", "pt", "edt",
            "est", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "gmt", "utc", "cet", "cest", "ist", "kst",
            "jst", "sgt", "hkt", "aest", "aedt", "msk", "wib", "gst", "ast", "eet", "eest", "pkt", "ict", "nzst", "nzdt",
            "awst", "hst", "brt", "irst", "trt", "uk", "update", "read", "listen",
            // The letters of a machine-readable time: 2024-06-19T07:15:00Z.
            "t", "z");

    private static final Set<String> MONTH_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
            "st", "nd", "rd", "th");

    /**
     * Where a second stamp starts: a bar, a stamp word opening again after the first stamp, or a
     * date in words run into a date in figures ({@code 02/18/2025February 18, 2025}).
     */
    private static final Pattern SECOND_STAMP = Pattern.compile(
            "\\s*\\|\\s*|(?<=[^\\s|])\\s*(?=(?:Published|Updated|Posted|Modified|Issued)\\b)|(?<=\\d)(?=\\p{Lu}\\p{Ll})");

    /**
     * A section's name before a stamp that gives the time first: {@code All News 21:48 November
     * 04, 2024}. Up to three capitalised words; the clock time keeps a name before a date in prose
     * from passing for a stamp.
     */
    private static final Pattern LABEL_BEFORE_TIME = Pattern.compile("(?:\\p{Lu}[\\p{L}&-]*\\s+){1,3}(?=\\d{1,2}:\\d{2}\\b)");

    /** The place the story was filed from, in capitals after a bar: {@code Oct 24th 2024|SEOUL}. */
    private static final Pattern PLACE_AFTER_BAR = Pattern.compile("\\s*\\|\\s*\\p{Lu}{2,}[\\p{Lu} ,.'-]{0,30}$");

    /** The city a time is given in, in brackets: {@code at 5:00 pm (Paris)}. */
    private static final Pattern BRACKETED_CITY = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L} .'-]{1,30}\\)");

    /** A desk's or site's name beside a stamp between slashes: {@code TOI World Desk}, {@code TIMESOFINDIA.COM}. */
    private static final Pattern SLASHED_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.'-]*(?: \\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3}");

    /** The shortest date pasted twice that is looked for, {@code 5 May 2024}. */
    private static final int MIN_REPEATED = 8;

    /** A section's name after a dash: {@code Jan 13, 2025 - World}. */
    private static final Pattern SECTION_AFTER_DASH = Pattern.compile("\\s+[-\u2013\u2014\u00b7]\\s+\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){0,2}\\s*$");

    /**
     * The stamp {@code line} is, if it is one (after a section's name, if it gives the time
     * first; before the place it was filed from or a section's name after a dash; with the city
     * of its time in brackets); of two stamps on the line, the publication's.
     */
    static Optional<DateStamp> read(String line) {
        Optional<DateStamp> stamp = readStamps(line);
        if (stamp.isPresent()) {
            return stamp;
        }
        // Every body line is asked, so the pattern runs only where a bar is.
        Matcher place = line.indexOf('|') < 0 ? null : PLACE_AFTER_BAR.matcher(line);
        if (place != null && place.find()) {
            return readStamps(line.substring(0, place.start()));
        }
        Matcher section = line.length() <= MAX_LENGTH && hasSpacedDash(line) ? SECTION_AFTER_DASH.matcher(line) : null;
        if (section != null && section.find()) {
            return readStamps(line.substring(0, section.start()));
        }
        if (line.length() <= MAX_LENGTH && line.indexOf('(') >= 0) {
            Optional<DateStamp> withoutCity = readStamps(BRACKETED_CITY.matcher(line).replaceAll(""));
            if (withoutCity.isPresent()) {
                return withoutCity;
            }
        }
        if (line.length() <= MAX_LENGTH && line.contains(" / ")) {
            Optional<DateStamp> amongParts = amongSlashedParts(line);
            if (amongParts.isPresent()) {
                return amongParts;
            }
        }
        Optional<String> once = withoutRepeatedEnd(line);
        if (once.isPresent()) {
            return readStamps(once.get());
        }
        Matcher label = LABEL_BEFORE_TIME.matcher(line);
        return label.lookingAt() ? readStamps(line.substring(label.end())) : Optional.empty();
    }

    /**
     * The line without its end pasted a second time, as a page that shows a date twice gives it:
     * {@code Published On 5 Dec 20245 Dec 2024}; empty when its end is not repeated.
     */
    private static Optional<String> withoutRepeatedEnd(String line) {
        int length = line.length();
        if (length > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int half = length / 2; half >= MIN_REPEATED; half--) {
            if (line.regionMatches(length - 2 * half, line, length - half, half)) {
                return Optional.of(line.substring(0, length - half));
            }
        }
        return Optional.empty();
    }

    /**
     * A stamp among a desk's and a site's names set apart by slashes:
     * {@code TOI World Desk / TIMESOFINDIA.COM / Updated: Nov 5, 2024, 09:14 IST}. Exactly one
     * part is a stamp; the others are short names.
     */
    private static Optional<DateStamp> amongSlashedParts(String line) {
        Optional<DateStamp> found = Optional.empty();
        for (String part : line.split(" / ")) {
            Optional<DateStamp> stamp = readStamps(part.strip());
            if (stamp.isPresent()) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                found = stamp;
            } else if (!SLASHED_NAME.matcher(part.strip()).matches()) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** Whether a dash or middle dot stands between spaces, as before a section's name. */
    private static boolean hasSpacedDash(String line) {
        return line.contains(" - ") || line.contains(" \u2013 ") || line.contains(" \u2014 ") || line.contains(" \u00b7 ");
    }

    private static Optional<DateStamp> readStamps(String line) {
        if (line.length() > MAX_LENGTH || !onlyWordsOf(line, STAMP_WORDS, MONTH_WORDS)) {
            return Optional.empty();
        }
        Optional<DateStamp> whole = readOne(line);
        if (whole.isPresent()) {
            return whole;
        }
        Optional<DateStamp> first = Optional.empty();
        for (String part : SECOND_STAMP.split(line)) {
            Optional<DateStamp> stamp = readOne(part);
            if (stamp.isEmpty() && Dates.find(part).isEmpty()) {
                // "Updated a year ago": a time with no date beside the stamp that has one.
                continue;
            }
            if (stamp.isEmpty()) {
                return Optional.empty();
            }
            if (!stamp.get().updated()) {
                return stamp;
            }
            first = first.or(() -> stamp);
        }
        return first;
    }

    private static Optional<DateStamp> readOne(String line) {
        Optional<Dates.Found> found = Dates.find(line);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String before = line.substring(0, found.get().start());
        String after = line.substring(found.get().end());
        if (!onlyWordsOf(before, STAMP_WORDS, Set.of()) || !onlyWordsOf(after, STAMP_WORDS, Set.of())) {
            return Optional.empty();
        }
        String lowerBefore = before.toLowerCase(Locale.ROOT);
        boolean updated = lowerBefore.contains("updated") || lowerBefore.contains("modified");
        return Optional.of(new DateStamp(found.get().date(), updated));
    }

    /**
     * Whether every word of {@code text} is in {@code words} or {@code more}. Words are runs of
     * letters, also split where pasting ran two together: {@code GMTUpdated}, {@code agoShare}.
     * Cheap enough to turn prose away, usually at its first word, before any pattern runs.
     */
    private static boolean onlyWordsOf(String text, Set<String> words, Set<String> more) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (start >= 0 && (!letter || gluedWordStarts(text, i))) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!words.contains(word) && !more.contains(word)) {
                    return false;
                }
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return true;
    }

    /** A capital at {@code i} after a small letter, or ending a run of capitals before a small one. */
    private static boolean gluedWordStarts(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isUpperCase(c)) {
            return false;
        }
        char previous = text.charAt(i - 1);
        return Character.isLowerCase(previous) || Character.isUpperCase(previous)
                && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }
}
