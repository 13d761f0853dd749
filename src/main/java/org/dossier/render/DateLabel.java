package org.dossier.render;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as pages show it: {@code <time datetime="2024-11-16">16 November 2024</time>}.
 *
 * @param iso the machine form, {@code YYYY-MM-DD}
 * @param text the reader's form, {@code 16 November 2024}
 */
public record DateLabel(String iso, String text) {

    /** English month names whatever the machine's locale: the pages are English. */
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final String[] MONTHS = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toArray(String[]::new);

    /** The label of {@code date}. */
    public static DateLabel of(LocalDate date) {
        int year = date.getYear();
        // Years of four digits, all a dossier holds in practice, are written without the
        // formatter, which a page of a thousand article summaries would otherwise run for each.
        String text = year >= 1000 && year <= 9999
                ? date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + year
                : READABLE.format(date);
        return new DateLabel(date.toString(), text);
    }

    /** The label of {@code date}, or null (which templates read as absent) when there is none. */
    public static DateLabel orNull(Optional<LocalDate> date) {
        return date.map(DateLabel::of).orElse(null);
    }
}
