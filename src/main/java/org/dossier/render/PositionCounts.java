package org.dossier.render;

import java.util.Arrays;

/**
 * Counts by position (an entity's number, say), reused by one thread task after task: a reset
 * clears only the positions the last task counted, so a task costs what it counts, not the
 * number of positions.
 */
public final class PositionCounts {

    private int[] counts = new int[0];
    private int[] touched = new int[16];
    private int size;

    /** Clears the counts, for positions below {@code positions}. */
    public void reset(int positions) {
        if (counts.length < positions) {
            counts = new int[positions];
        } else {
            for (int i = 0; i < size; i++) {
                counts[touched[i]] = 0;
            }
        }
        size = 0;
    }

    /** Counts one more at {@code position}. */
    public void add(int position) {
        if (counts[position]++ == 0) {
            if (size == touched.length) {
                touched = Arrays.copyOf(touched, size * 2);
            }
            touched[size++] = position;
        }
    }

    /** How many positions have a count. */
    public int touched() {
        return size;
    }

    /** The {@code i}-th position counted, in the order first counted. */
    public int position(int i) {
        return touched[i];
    }

    /** The count at {@code position}. */
    public int count(int position) {
        return counts[position];
    }
}
