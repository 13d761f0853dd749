package org.dossier.loader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that gives the outlet in capitals and then the date, as agencies' pages print them:
 * {@code KYODO NEWS - Nov 16, 2024 - 18:02 | World, All}. The sections after a bar are left out.
 *
 * @param outlet the outlet, as written
 * @param stamp the date stamp after it
 */
record OutletStamp(String outlet, DateStamp stamp) {

    private static final int MAX_LENGTH = 120;
    private static final Pattern LINE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}&.]+(?: \\p{Lu}[\\p{Lu}&.]+){0,3})\\s+[-–—|]\\s+([^|]+?)(?:\\s+\\|\\s+[^|]{1,60})?");

    /** The outlet and stamp {@code line} gives, if it is such a line. */
    static Optional<OutletStamp> read(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return DateStamp.read(matcher.group(2)).map(stamp -> new OutletStamp(matcher.group(1), stamp));
    }
}
