package org.dossier.loader;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One top-level key of a YAML mapping, with the line of the file it is on.
 *
 * @param key the key as written
 * @param value the value as snakeyaml-engine builds it: {@code null}, a {@code String},
 *     {@code Boolean}, number, {@code List}, {@code Set}, {@code Map} or {@code byte[]} (a {@code !!binary} value)
 * @param written the value as the file writes it, when it is a single scalar; else null. A
 *     number keeps its spelling through it: {@code 1.10} is not {@code 1.1}, nor {@code 1e3} {@code 1000.0}
 * @param line the 1-based line of the key in the file
 */
record YamlEntry(String key, Object value, String written, int line) {

    /** What kind of value this is, in words for messages: "a list", "a mapping", "a text". */
    String kind() {
        if (value instanceof Collection<?>) {
            return "a list";
        }
        if (value instanceof byte[]) {
            return "binary data";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value == null ? "nothing" : "a text";
    }

    /** Whether the value is a single scalar (text, number or boolean). */
    boolean isScalar() {
        return value != null && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)
                && !(value instanceof byte[]);
    }

    /**
     * The value flattened to one string: a number or a boolean as written, lists joined with
     * commas, mappings as {@code k: v}.
     */
    String flattened() {
        return isScalar() && written != null ? text(written) : flatten(value);
    }

    private static String flatten(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[]) {
            return "(binary data)";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(YamlEntry::flatten).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> flatten(e.getKey()) + ": " + flatten(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return text(value);
    }

    /**
     * A scalar as text, without the control characters YAML escapes such as {@code "\0"} can put
     * in it: they have no place in a page and some (NUL) break parsers downstream.
     */
    static String text(Object scalar) {
        String text = String.valueOf(scalar);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
