package org.dossier.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a wire dateline that a page sets on lines of its own to the paragraph it opens: a place,
 * the outlet's short name and a dash ({@code Seoul, South Korea} / {@code CNN} / {@code —}), as
 * pasting such a page gives them, become {@code Seoul, South Korea CNN — North Korea has ...},
 * which {@link Dateline} reads as the body's first paragraph does. The outlet may share the dash's
 * line ({@code CNN —}).
 */
final class SplitDatelines {

    private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:,? \\p{Lu}[\\p{L}.'’-]*){0,4}");
    private static final Pattern OUTLET = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern DASH = Pattern.compile("—|–|--");
    private static final Pattern OUTLET_AND_DASH = Pattern.compile("\\p{Lu}{2,6} (?:—|–|--)");
    private static final int MAX_PLACE = 50;

    private SplitDatelines() {}

    /** {@code lines}, with each dateline set on lines of its own joined to the line after it. */
    static List<ClippingLine> join(List<ClippingLine> lines) {
        List<ClippingLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int parts = datelineParts(lines, i);
            if (parts > 0) {
                StringBuilder joined = new StringBuilder();
                for (int k = i; k <= i + parts; k++) {
                    joined.append(k > i ? " " : "").append(lines.get(k).text());
                }
                out.add(lines.get(i).withText(joined.toString()));
                i += parts + 1;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /** How many lines from {@code i} make a dateline with a paragraph after them: 3, 2, or 0 for none. */
    private static int datelineParts(List<ClippingLine> lines, int i) {
        String place = lines.get(i).text();
        if (place.length() > MAX_PLACE || !PLACE.matcher(place).matches()) {
            return 0;
        }
        if (i + 3 < lines.size() && OUTLET.matcher(lines.get(i + 1).text()).matches()
                && DASH.matcher(lines.get(i + 2).text()).matches()) {
            return 3;
        }
        if (i + 2 < lines.size() && OUTLET_AND_DASH.matcher(lines.get(i + 1).text()).matches()) {
            return 2;
        }
        return 0;
    }
}
