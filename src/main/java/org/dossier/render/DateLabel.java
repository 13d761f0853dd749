package org.dossier.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    /** The label of {@code date}. */
    public static DateLabel of(LocalDate date) {
        return new DateLabel(date.toString(), READABLE.format(date));
    }

    /** The label of {@code date}, or null (which templates read as absent) when there is none. */
    public static DateLabel orNull(Optional<LocalDate> date) {
        return date.map(DateLabel::of).orElse(null);
    }
}
