package org.dossier.loader;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;

/**
 * The fields an article's YAML front matter gives, checked and typed. Keys: {@code title},
 * {@code standfirst}, {@code author}, {@code source}, {@code published} (or {@code date}: an ISO
 * date or date-time), {@code url}, {@code tags} (a list or a comma-separated text); any other key
 * is kept in {@link #extra()} as a string.
 *
 * @param texts the known text fields present, by key
 * @param published the publication date, if given
 * @param tags the tags, in the order given
 * @param extra unknown keys and their values as strings
 * @param lines the line of each key present, by field name ({@code date} is reported as {@code published})
 */
record FrontMatter(
        Map<String, String> texts,
        Optional<LocalDate> published,
        List<String> tags,
        Map<String, String> extra,
        Map<String, Integer> lines) {

    private static final String STEP = "front matter";
    /** An ISO date, or an ISO date-time whose date is taken as written. */
    private static final Pattern ISO_DATE_OR_DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?\\s?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    /** The first year HTML has a date for: a {@code <time datetime>} cannot say year 0. */
    private static final int FIRST_YEAR = 1;
    private static final List<String> TEXT_KEYS = List.of("title", "standfirst", "author", "source", "url");

    FrontMatter {
        texts = Map.copyOf(texts);
        tags = List.copyOf(tags);
        extra = Map.copyOf(extra);
        lines = Map.copyOf(lines);
    }

    /** No front matter at all. */
    static FrontMatter none() {
        return new FrontMatter(Map.of(), Optional.empty(), List.of(), Map.of(), Map.of());
    }

    /** The text field {@code key}, if given and not blank. */
    Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** Where field {@code key} came from, for an article's provenance. */
    String provenance(String key) {
        return "front matter, line " + lines.get(key);
    }

    /** Parses the YAML of a front matter block of {@code shownFile}. */
    static FrontMatter parse(SplitText.Yaml yaml, Path shownFile) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> extra = new TreeMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Optional<LocalDate> published = Optional.empty();
        List<String> tags = List.of();
        YamlEntry date = null;
        for (YamlEntry entry : YamlMapping.parse(yaml.text(), yaml.firstLine(), shownFile, STEP)) {
            if (entry.value() == null) {
                continue;
            }
            String key = entry.key();
            if (TEXT_KEYS.contains(key)) {
                String value = requireText(entry, shownFile).strip();
                if (!value.isEmpty()) {
                    texts.put(key, value);
                    lines.put(key, entry.line());
                }
            } else if (key.equals("published") || key.equals("date")) {
                if (date == null || key.equals("published")) { // 'published' wins over its alias
                    date = entry;
                }
            } else if (key.equals("tags")) {
                tags = tags(entry, shownFile);
                lines.put(key, entry.line());
            } else {
                extra.put(key, entry.flattened());
            }
        }
        if (date != null) {
            published = Optional.of(date(date, shownFile));
            lines.put("published", date.line());
        }
        return new FrontMatter(texts, published, tags, extra, lines);
    }

    private static String requireText(YamlEntry entry, Path shownFile) {
        if (!entry.isScalar()) {
            throw error(shownFile, entry, "'" + entry.key() + "' must be a text, found " + entry.kind());
        }
        return entry.flattened();
    }

    private static List<String> tags(YamlEntry entry, Path shownFile) {
        List<String> tags = new ArrayList<>();
        if (entry.value() instanceof Collection<?> list) {
            for (Object item : list) {
                if (item instanceof Collection<?> || item instanceof Map<?, ?> || item instanceof byte[]) {
                    throw error(shownFile, entry, "'tags' must be a list of texts");
                }
                if (item != null && !YamlEntry.text(item).isBlank()) {
                    tags.add(YamlEntry.text(item).strip());
                }
            }
        } else if (entry.isScalar()) {
            Arrays.stream(entry.flattened().split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        } else {
            throw error(shownFile, entry, "'tags' must be a list or a comma-separated text, found " + entry.kind());
        }
        return tags;
    }

    private static LocalDate date(YamlEntry entry, Path shownFile) {
        if (!entry.isScalar()) {
            throw error(shownFile, entry, "'" + entry.key() + "' is not a date: " + entry.kind());
        }
        String text = entry.flattened().strip();
        Matcher matcher = ISO_DATE_OR_DATE_TIME.matcher(text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < FIRST_YEAR) {
            throw error(shownFile, entry, "'" + entry.key() + "' is not a date: " + text);
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException impossible) {
            throw new DossierException(Diagnostic.at(shownFile, entry.line(),
                    STEP + ": '" + entry.key() + "' is not a date: " + text), impossible);
        }
    }

    private static DossierException error(Path shownFile, YamlEntry entry, String message) {
        return new DossierException(Diagnostic.at(shownFile, entry.line(), STEP + ": " + message));
    }
}
