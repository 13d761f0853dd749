package org.dossier.views.timeline;

/** How precisely a date expression places an event, coarsest first. */
public enum Precision {
    /** A decade or part of one: {@code the late 1970s}. */
    DECADE,
    /** A year or part of one: {@code 2022}, {@code early 2022}. */
    YEAR,
    /** A season of a year: {@code summer 2024}. */
    SEASON,
    /** A month: {@code June 2024}. */
    MONTH,
    /** A day: {@code 13 September 2023}. */
    DAY
}
