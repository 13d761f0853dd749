package org.dossier.text;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary search over spans of a text kept in order of their start offsets: tokens, findings,
 * gazetteer matches. One look-up in place of a scan over the whole list.
 */
public final class SortedStarts {

    private SortedStarts() {}

    /**
     * The index of the first of {@code spans} whose start is at or after {@code offset}, or the
     * list's size when there is none.
     *
     * @param spans spans in order of start
     * @param start the start offset of a span
     */
    public static <T> int firstAtOrAfter(List<T> spans, ToIntFunction<T> start, int offset) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (start.applyAsInt(spans.get(middle)) < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
