package org.dossier.memo;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of one run of a step, by input, for the next run to reuse. A run reads what the
 * run before it recorded and records what it produces itself, reused or not, so a memo holds
 * one run's results and forgets inputs that are gone. Thread-safe: a run may record from
 * several threads.
 *
 * <pre>{@code
 * Memo<String, Integer> lengths = Memo.empty();
 * lengths.get("kim", String::length);          // computed
 * Memo<String, Integer> next = lengths.next();
 * next.get("kim", String::length);             // reused
 * }</pre>
 *
 * @param <K> the input: a value whose equals covers everything the result depends on
 * @param <V> the result
 */
public final class Memo<K, V> {

    private final Map<K, V> previous;
    /** What this run recorded; null for a memo that remembers nothing. */
    private final Map<K, V> current;

    private Memo(Map<K, V> previous, Map<K, V> current) {
        this.previous = previous;
        this.current = current;
    }

    /** A memo that remembers nothing: every result is computed, as in a one-off build. */
    public static <K, V> Memo<K, V> none() {
        return new Memo<>(Map.of(), null);
    }

    /** A memo for a first run: nothing to reuse yet, and it records its results for the next. */
    public static <K, V> Memo<K, V> empty() {
        return new Memo<>(Map.of(), new ConcurrentHashMap<>());
    }

    /** Whether this memo records anything. */
    public boolean remembers() {
        return current != null;
    }

    /** The memo of the run after this one: it reuses what this run recorded. */
    public Memo<K, V> next() {
        return current == null ? this : new Memo<>(current, new ConcurrentHashMap<>());
    }

    /** The result for {@code key}: the last run's if it had this input, else {@code compute}'s. */
    public V get(K key, Function<K, V> compute) {
        V value = previous.get(key);
        if (value == null) {
            value = compute.apply(key);
        }
        record(key, value);
        return value;
    }

    /** What the last run recorded for {@code key}. */
    public Optional<V> previous(K key) {
        return Optional.ofNullable(previous.get(key));
    }

    /** Records {@code value} as this run's result for {@code key}. */
    public void record(K key, V value) {
        if (current != null) {
            current.put(key, value);
        }
    }
}
