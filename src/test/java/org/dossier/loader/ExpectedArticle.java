package org.dossier.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a careful reader says about a clipping, read from a {@code NAME.expected} file: one
 * {@code key: value} per line, {@code #} comments. Single keys: {@code title}, {@code standfirst},
 * {@code author}, {@code source}, {@code published} (empty value: not given), {@code first} and
 * {@code last} (prefixes of the first and last body paragraph), {@code last-ends} and
 * {@code provenance.FIELD}. Repeatable keys: {@code warning} ({@code none}, or each warning
 * expected, in order), {@code heading}, {@code caption} (a whole Markdown block), {@code absent}
 * (must not be in the body), {@code once} (must be in the body exactly once).
 */
record ExpectedArticle(Map<String, String> single, Map<String, List<String>> repeated) {

    private static final List<String> REPEATABLE = List.of("heading", "caption", "absent", "once", "warning");

    static ExpectedArticle read(Path file) throws IOException {
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            if (REPEATABLE.contains(key)) {
                repeated.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else if (single.put(key, value) != null) {
                throw new IllegalArgumentException(file + ": key given twice: " + key);
            }
        }
        return new ExpectedArticle(single, repeated);
    }

    List<String> all(String key) {
        return repeated.getOrDefault(key, List.of());
    }
}
