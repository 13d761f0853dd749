package org.dossier.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void keepsTheOrderOfTheInput() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();

        List<String> results = Parallel.map(items, i -> "#" + i);

        assertThat(results).containsExactlyElementsOf(items.stream().map(i -> "#" + i).toList());
    }

    @Test
    void runsEachItemOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger runs = new AtomicInteger();

        Parallel.forEach(IntStream.range(0, 5_000).boxed().toList(), i -> {
            runs.incrementAndGet();
            seen.add(i);
        });

        assertThat(runs.get()).isEqualTo(5_000);
        assertThat(seen).hasSize(5_000);
    }

    @Test
    void keepsNullResults() {
        assertThat(Parallel.range(3, i -> i == 1 ? null : "x")).containsExactly("x", null, "x");
    }

    @Test
    void handlesNoItems() {
        assertThat(Parallel.map(List.of(), Object::toString)).isEmpty();
    }

    @Test
    void throwsTheFailureOfTheFirstFailingItemAfterTryingEveryItem() {
        AtomicInteger tried = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();

        assertThatThrownBy(() -> Parallel.forEach(items, i -> {
            tried.incrementAndGet();
            if (i % 500 == 499) {
                throw new IllegalStateException("item " + i);
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 499");
        assertThat(tried.get()).isEqualTo(2_000);
    }

    @Test
    void stopsAtAnError() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();

        assertThatThrownBy(() -> Parallel.forEach(items, i -> {
            if (i == 10) {
                throw new OutOfMemoryError("full");
            }
            done.add(i);
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(done.size()).isLessThan(items.size() - 1);
    }
}
