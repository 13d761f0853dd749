package org.dossier.views.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import org.dossier.views.Dates;

/**
 * Where an event stands in time: a precision, the first day of the period (for sorting) and the
 * period in words.
 *
 * @param precision how precise
 * @param start the first day of the period ({@code early 2022} starts 1 January 2022, the
 *     {@code late 1970s} 1 January 1977)
 * @param label the period in words: {@code 13 September 2023}, {@code June 2024}, {@code summer
 *     2024}, {@code early 2022}, {@code the late 1970s}
 */
public record TimePoint(Precision precision, LocalDate start, String label) implements Comparable<TimePoint> {

    private static final Comparator<TimePoint> ORDER = Comparator.comparing(TimePoint::start)
            .thenComparing(TimePoint::precision)
            .thenComparing(TimePoint::label);

    /** A day. */
    public static TimePoint day(LocalDate date) {
        return new TimePoint(Precision.DAY, date, Dates.dayLabel(date));
    }

    /** A month. */
    public static TimePoint month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new TimePoint(Precision.MONTH, start, Dates.monthLabel(start));
    }

    /** A year, or part of one ({@code early}, {@code mid}, {@code late}, or empty for the whole year). */
    public static TimePoint year(int year, String part) {
        int month = switch (part) {
            case "mid" -> 5;
            case "late" -> 9;
            default -> 1;
        };
        String label = part.isEmpty() ? Integer.toString(year) : part + (part.equals("mid") ? "-" : " ") + year;
        return new TimePoint(Precision.YEAR, LocalDate.of(year, month, 1), label);
    }

    /** A season of a year, starting in its first month as in the northern hemisphere. */
    public static TimePoint season(int year, String season) {
        int month = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        return new TimePoint(Precision.SEASON, LocalDate.of(year, month, 1), season + " " + year);
    }

    /** A decade, or part of one ({@code early}, {@code mid}, {@code late}, or empty). */
    public static TimePoint decade(int decade, String part) {
        int offset = switch (part) {
            case "mid" -> 4;
            case "late" -> 7;
            default -> 0;
        };
        String label = "the " + (part.isEmpty() ? "" : part + " ") + decade + "s";
        return new TimePoint(Precision.DECADE, LocalDate.of(decade + offset, 1, 1), label);
    }

    /** The heading this point is listed under: its year, or its decade. */
    public String period() {
        if (precision == Precision.DECADE) {
            return (start.getYear() / 10 * 10) + "s";
        }
        return Integer.toString(start.getYear());
    }

    @Override
    public int compareTo(TimePoint other) {
        return ORDER.compare(this, other);
    }
}
