package org.dossier.render;

import java.util.Arrays;

/**
 * Counts per entity position for one entity page's co-mentions, reused page after page by one
 * thread: a reset clears only the positions the last page counted, so a page costs the articles
 * it lists, not the size of the dossier.
 */
final class CoMentionCounts {

    private int[] counts = new int[0];
    private int[] touched = new int[16];
    private int size;

    /** Clears the counts, for positions below {@code positions}. */
    void reset(int positions) {
        if (counts.length < positions) {
            counts = new int[positions];
        } else {
            for (int i = 0; i < size; i++) {
                counts[touched[i]] = 0;
            }
        }
        size = 0;
    }

    /** Counts one more shared article for the entity at {@code position}. */
    void add(int position) {
        if (counts[position]++ == 0) {
            if (size == touched.length) {
                touched = Arrays.copyOf(touched, size * 2);
            }
            touched[size++] = position;
        }
    }

    /** How many positions have a count. */
    int touched() {
        return size;
    }

    /** The {@code i}-th position counted, in the order first counted. */
    int entity(int i) {
        return touched[i];
    }

    /** The count of the entity at {@code position}. */
    int count(int position) {
        return counts[position];
    }
}
