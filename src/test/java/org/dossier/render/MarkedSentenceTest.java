package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.render.MarkedSentence.Segment;
import org.junit.jupiter.api.Test;

class MarkedSentenceTest {

    @Test
    void marksEachRange() {
        assertThat(MarkedSentence.of("Kim met Putin in Moscow.", List.of(new int[] {0, 3}, new int[] {8, 13})).segments())
                .containsExactly(new Segment("Kim", true), new Segment(" met ", false), new Segment("Putin", true),
                        new Segment(" in Moscow.", false));
    }

    @Test
    void leavesOverlappingAndOutOfRangeUnmarked() {
        assertThat(MarkedSentence.of("abcdef", List.of(new int[] {1, 4}, new int[] {2, 5}, new int[] {-1, -1}, new int[] {4, 9})).segments())
                .containsExactly(new Segment("a", false), new Segment("bcd", true), new Segment("ef", false));
    }
}
