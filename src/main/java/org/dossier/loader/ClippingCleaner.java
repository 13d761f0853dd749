package org.dossier.loader;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes page furniture from a clipping's lines by applying a list of {@link BoilerplateRule}s
 * at each line: the first rule that matches decides how many lines go.
 *
 * <p>Immutable and thread-safe.
 */
final class ClippingCleaner {

    private final List<BoilerplateRule> rules;

    ClippingCleaner(List<BoilerplateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The cleaner with every rule the loader knows. */
    static ClippingCleaner standard() {
        // The tail first: a bare "Related" or "Recommended" label at the end starts other stories;
        // a label the tail does not take may link to one other story between paragraphs.
        List<BoilerplateRule> rules = new ArrayList<>(List.of(new RelatedTail(), new InlineStoryLink(), new LinkList(),
                new VideoEmbed()));
        rules.addAll(List.of(LineBoilerplate.values()));
        return new ClippingCleaner(rules);
    }

    /** The lines of {@code lines} that are not boilerplate, in order. */
    List<ClippingLine> clean(List<ClippingLine> lines) {
        List<ClippingLine> kept = new ArrayList<>(lines.size());
        int index = 0;
        while (index < lines.size()) {
            int matched = matched(lines, index);
            if (matched == 0) {
                kept.add(lines.get(index));
                index++;
            } else {
                index += matched;
            }
        }
        return kept;
    }

    private int matched(List<ClippingLine> lines, int index) {
        for (BoilerplateRule rule : rules) {
            int count = rule.match(lines, index);
            if (count > 0) {
                return count;
            }
        }
        return 0;
    }
}
