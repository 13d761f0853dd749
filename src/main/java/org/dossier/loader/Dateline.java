package org.dossier.loader;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a wire story: {@code WASHINGTON, March 3 (Reuters) -},
 * {@code SEOUL, March 3, 2024 (Yonhap) --}, {@code WASHINGTON (AP) —}, {@code (CNN) —},
 * {@code Seoul, South Korea CNN —}, {@code MOSCOW, May 27. /TASS/.},
 * {@code PARIS, 2024-03-03 —}, {@code Pyongyang, May 9 (KCNA) --}.
 * The agency in brackets is the source; a date is taken only when it has a year.
 *
 * @param source the agency named in brackets, if any
 * @param date the full date given, if any
 */
record Dateline(Optional<String> source, Optional<LocalDate> date) {

    private static final int MAX_DATELINE = 120;
    private static final Pattern DATELINE = Pattern.compile(
            "(?:\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,[\\p{L}\\d ,.'’-]{1,50})?"
                    + "(?:\\s*\\((\\p{Lu}[\\p{L}&. ]{0,30})\\))?|\\((\\p{Lu}[\\p{L}&. ]{0,30})\\))\\s*(?:—|–|--|-)\\s");

    /** {@code MOSCOW, May 27. /TASS/.}: the agency between slashes after the place and date. */
    private static final Pattern AGENCY_IN_SLASHES = Pattern.compile(
            "\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,[\\p{L}\\d ,'’-]{1,40})?\\.?\\s*/(\\p{Lu}[\\p{L}&. -]{0,20}?)/\\.?\\s");

    /** {@code Pyongyang, May 9 (KCNA) --}: a place not in capitals, so a date and the agency in brackets must follow. */
    private static final Pattern TITLE_CASE_PLACE = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2},(?=[^(]{0,40}\\d)[\\p{L}\\d ,.'’-]{1,40}?\\s*\\((\\p{Lu}[\\p{L}&. ]{0,30})\\)\\s*(?:—|–|--|-)\\s");

    private static final Pattern PLACE_THEN_OUTLET = Pattern.compile(
            "\\p{Lu}\\p{Ll}[\\p{L} ,.'’-]{0,50}?\\s(\\p{Lu}{2,6})\\s*(?:—|–|--)\\s");

    /** The dateline opening {@code paragraph}, if it opens with one that gives a source or a date. */
    static Optional<Dateline> read(String paragraph) {
        String head = paragraph.length() > MAX_DATELINE ? paragraph.substring(0, MAX_DATELINE) : paragraph;
        Matcher outletAfterPlace = PLACE_THEN_OUTLET.matcher(head);
        if (outletAfterPlace.lookingAt()) {
            return Optional.of(new Dateline(Optional.of(outletAfterPlace.group(1)), Optional.empty()));
        }
        Matcher slashes = AGENCY_IN_SLASHES.matcher(head);
        if (slashes.lookingAt()) {
            return Optional.of(new Dateline(Optional.of(slashes.group(1)),
                    Dates.find(slashes.group()).map(Dates.Found::date)));
        }
        Matcher matcher = DATELINE.matcher(head);
        if (!matcher.lookingAt()) {
            Matcher titleCase = TITLE_CASE_PLACE.matcher(head);
            return titleCase.lookingAt()
                    ? Optional.of(new Dateline(Optional.of(titleCase.group(1).strip()),
                            Dates.find(titleCase.group()).map(Dates.Found::date)))
                    : Optional.empty();
        }
        String agency = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        Optional<String> source = Optional.ofNullable(agency).map(String::strip);
        Optional<LocalDate> date = Dates.find(matcher.group()).map(Dates.Found::date);
        if (source.isEmpty() && date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(source, date));
    }
}
