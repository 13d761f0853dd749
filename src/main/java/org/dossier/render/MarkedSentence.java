package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A sentence cut into plain and marked pieces, so a template can highlight mentions with
 * {@code <mark>} while Mustache still escapes every piece.
 *
 * @param segments the pieces, in order
 */
public record MarkedSentence(List<Segment> segments) {

    public MarkedSentence {
        segments = List.copyOf(segments);
    }

    /**
     * One piece of a sentence.
     *
     * @param text the text
     * @param marked whether it is a mention
     */
    public record Segment(String text, boolean marked) {}

    /**
     * Marks {@code ranges} ({@code [start, end)} offsets into {@code sentence}); ranges that fall
     * outside the sentence or overlap an earlier one are left unmarked.
     */
    public static MarkedSentence of(String sentence, List<int[]> ranges) {
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        for (int[] range : ranges) {
            int start = range[0];
            int end = range[1];
            boolean inside = 0 <= start && start < end && end <= sentence.length();
            var before = marks.floorEntry(start);
            var after = marks.ceilingEntry(start);
            boolean overlaps = (before != null && before.getValue() > start) || (after != null && after.getKey() < end);
            if (inside && !overlaps) {
                marks.put(start, end);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (var mark : marks.entrySet()) {
            if (mark.getKey() > at) {
                segments.add(new Segment(sentence.substring(at, mark.getKey()), false));
            }
            segments.add(new Segment(sentence.substring(mark.getKey(), mark.getValue()), true));
            at = mark.getValue();
        }
        if (at < sentence.length()) {
            segments.add(new Segment(sentence.substring(at), false));
        }
        return new MarkedSentence(segments);
    }
}
