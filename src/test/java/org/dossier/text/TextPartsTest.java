package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A text in parts reads as its parts in order, its entries each after a separator, made as they are read. */
class TextPartsTest {

    @Test
    void entriesComeEachAfterItsSeparatorBetweenTheFixedParts() {
        TextParts parts = new TextParts().add("[")
                .addSeparated(List.of("a", "b", "c"), String::toUpperCase, "\n  ", ",\n  ")
                .addSeparated(List.<String>of(), s -> "never", "never", "never")
                .add("]");

        assertThat(String.join("", parts)).isEqualTo("[\n  A,\n  B,\n  C]");
        assertThat(parts).containsExactly("[", "\n  ", "A", ",\n  ", "B", ",\n  ", "C", "]");
    }

    @Test
    void manyEntriesKeepTheirOrderAcrossBatchesAndEveryReadingIsTheSame() {
        List<Integer> items = IntStream.range(0, 3 * TextParts.BATCH + 7).boxed().toList();
        TextParts parts = new TextParts().addSeparated(items, i -> "e" + i, "", ",");

        String expected = String.join(",", items.stream().map(i -> "e" + i).toList());
        assertThat(String.join("", parts)).isEqualTo(expected);
        assertThat(String.join("", parts)).as("read again").isEqualTo(expected);
    }

    @Test
    void entriesAreMadeOnlyAsTheyAreRead() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 10 * TextParts.BATCH).boxed().toList();
        TextParts parts = new TextParts().addSeparated(items, i -> {
            made.incrementAndGet();
            return "e" + i;
        }, "", ",");

        List<String> read = new ArrayList<>();
        var iterator = parts.iterator();
        for (int i = 0; i < 4; i++) {
            read.add(iterator.next());
        }

        assertThat(read).containsExactly("", "e0", ",", "e1");
        assertThat(made.get()).as("one batch made").isEqualTo(TextParts.BATCH);
    }
}
