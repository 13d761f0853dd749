package org.dossier.views;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates in words, in English whatever the machine's locale. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {}

    /** {@code 6 November 2024}. */
    public static String dayLabel(LocalDate date) {
        return DAY.format(date);
    }

    /** {@code November 2024}. */
    public static String monthLabel(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }
}
