package org.dossier.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;

/**
 * A link-insertion example read from a {@code .case} file: lines starting with {@code #} are
 * comments, then sections {@code === html}, {@code === mentions} (one mention a line:
 * {@code entity id | name | block | start | end | text}) and {@code === expected}. Every mention is
 * of the article {@value #ARTICLE}.
 */
record InsertCase(String name, String html, List<Entity> entities, String expected) {

    static final String ARTICLE = "article";

    static InsertCase read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : content.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                current = new ArrayList<>();
                sections.put(line.substring(4).trim(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.case$", "");
        return new InsertCase(name, text(sections.get("html")), entities(sections.get("mentions")),
                text(sections.get("expected")));
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines).strip();
    }

    private static List<Entity> entities(List<String> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            Span span = new Span(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]);
            names.put(f[0], f[1]);
            mentions.computeIfAbsent(f[0], id -> new ArrayList<>()).add(new Mention(ARTICLE, span, "test", ""));
        }
        return names.entrySet().stream()
                .map(e -> entity(e.getKey(), e.getValue(), mentions.get(e.getKey())))
                .toList();
    }

    static Entity entity(String id, String name, List<Mention> mentions) {
        String kindId = id.substring(0, id.indexOf('/'));
        EntityKind kind = Arrays.stream(EntityKind.values())
                .filter(k -> k.id().equals(kindId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind in " + id));
        return new Entity(id, kind, name, new TreeSet<>(List.of(name)), mentions, Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return name;
    }
}
