package org.dossier.views.timeline;

import java.util.Optional;

/**
 * A date expression found in a block of text, with where it places the event, or why it could
 * not.
 *
 * @param start the offset of the expression in the block's text
 * @param end the offset after it
 * @param text the expression as written, e.g. {@code On September 13}
 * @param when the period it resolves to, or empty when it cannot be resolved
 * @param explanation how it was resolved, or why not, in words a reader can check
 */
public record DateMention(int start, int end, String text, Optional<TimePoint> when, String explanation) {

    /** Keeps one string for each date expression as written: a dossier repeats them thousands of times. */
    public DateMention {
        text = text.intern();
    }

    /** Whether the expression was placed in time. */
    public boolean resolved() {
        return when.isPresent();
    }
}
