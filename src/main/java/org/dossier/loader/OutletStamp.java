package org.dossier.loader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that gives the outlet in capitals and then the date, as agencies' pages print them:
 * {@code KYODO NEWS - Nov 16, 2024 - 18:02 | World, All} (the sections after a bar are left out),
 * or the date and then the outlet after a slash: {@code Updated on: January 6, 2025 / 8:16 AM EST / CBS News}.
 *
 * @param outlet the outlet, as written
 * @param stamp the date stamp after it
 */
record OutletStamp(String outlet, DateStamp stamp) {

    private static final int MAX_LENGTH = 120;
    private static final Pattern LINE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}&.]+(?: \\p{Lu}[\\p{Lu}&.]+){0,3})\\s+[-–—|]\\s+([^|]+?)(?:\\s+\\|\\s+[^|]{1,60})?");

    private static final Pattern OUTLET_LAST = Pattern.compile(
            "(.+?)\\s+/\\s+(\\p{Lu}[\\p{L}&.]*(?: \\p{Lu}[\\p{L}&.]*){0,3})");

    /** The outlet and stamp {@code line} gives, if it is such a line. */
    static Optional<OutletStamp> read(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher first = LINE.matcher(line);
        if (first.matches()) {
            return DateStamp.read(first.group(2)).map(stamp -> new OutletStamp(first.group(1), stamp));
        }
        Matcher last = line.contains(" / ") ? OUTLET_LAST.matcher(line) : null;
        if (last != null && last.matches()) {
            return DateStamp.read(last.group(1)).map(stamp -> new OutletStamp(last.group(2), stamp));
        }
        return Optional.empty();
    }
}
