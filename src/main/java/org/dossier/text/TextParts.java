package org.dossier.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dossier.parallel.Parallel;

/**
 * A long text in parts, made as they are read: fixed parts, and runs of entries each after its
 * separator, the entries made a batch at a time and in parallel. A large dossier's search index
 * and {@code entities.json} run to hundreds of megabytes; written a part at a time, they are
 * never held whole. Every reading gives the same parts in the same order, provided the entries'
 * function gives the same text for the same item.
 *
 * <pre>{@code
 * TextParts parts = new TextParts().add("[").addSeparated(names, n -> quoted(n), "", ",").add("]");
 * }</pre>
 *
 * <p>Not thread-safe while parts are added; each reading is independent of the others.
 */
public final class TextParts implements Iterable<String> {

    /** How many entries are made at once: enough to keep both cores busy, few enough to hold. */
    static final int BATCH = 256;

    private final List<Supplier<Iterator<String>>> runs = new ArrayList<>();

    /** Adds one part. */
    public TextParts add(String part) {
        runs.add(() -> List.of(part).iterator());
        return this;
    }

    /**
     * Adds the entries of {@code items}, each after a separator: {@code first} before the first,
     * {@code between} before each other one. Nothing is added for no items.
     */
    public <T> TextParts addSeparated(List<T> items, Function<? super T, String> entry, String first, String between) {
        runs.add(() -> new Separated<>(items, entry, first, between));
        return this;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int run;
            private Iterator<String> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && run < runs.size()) {
                    current = runs.get(run++).get();
                }
                return current.hasNext();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The parts of one run of entries: separator, entry, separator, entry, ... */
    private static final class Separated<T> implements Iterator<String> {
        private final List<T> items;
        private final Function<? super T, String> entry;
        private final String first;
        private final String between;
        private List<String> batch = List.of();
        private int batchStart;
        /** Twice the index of the next item, plus one once its separator has been read. */
        private int step;

        Separated(List<T> items, Function<? super T, String> entry, String first, String between) {
            this.items = items;
            this.entry = entry;
            this.first = first;
            this.between = between;
        }

        @Override
        public boolean hasNext() {
            return step < 2 * items.size();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int index = step / 2;
            boolean separator = step % 2 == 0;
            step++;
            if (separator) {
                return index == 0 ? first : between;
            }
            if (index >= batchStart + batch.size()) {
                batchStart = index;
                // The batch is made in parallel, in the items' order.
                batch = Parallel.map(items.subList(index, Math.min(items.size(), index + BATCH)), entry);
            }
            return batch.get(index - batchStart);
        }
    }
}
