package org.dossier.entities.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One case of {@code cases.txt}: a sentence and the matches expected in it.
 *
 * @param name the case's name
 * @param sentence the text searched
 * @param correct matches expected and right
 * @param wrong matches expected although wrong (known false positives)
 * @param missed true mentions knowingly not found (known false negatives)
 */
record GazetteerCase(String name, String sentence, List<String> correct, List<String> wrong, List<String> missed) {

    /** The matches the gazetteer is expected to return, in order. */
    List<String> expected() {
        List<String> all = new ArrayList<>();
        all.addAll(correct);
        all.addAll(wrong);
        return all;
    }

    @Override
    public String toString() {
        return name;
    }

    /** One match written as in the cases file: {@code surface → kind → name [→ country]}. */
    static String describe(GazetteerMatch match) {
        String kind = match.kind().id();
        return match.surface() + " → " + kind + " → " + match.name() + match.country().map(c -> " → " + c).orElse("");
    }

    /** The cases of {@code file}. */
    static List<GazetteerCase> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GazetteerCase> cases = new ArrayList<>();
        Builder current = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (current != null) {
                    cases.add(current.build());
                }
                current = new Builder(line.substring(3).trim());
            } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
                current.add(line.trim());
            }
        }
        if (current != null) {
            cases.add(current.build());
        }
        return cases;
    }

    private static final class Builder {
        private final String name;
        private String sentence;
        private final List<String> correct = new ArrayList<>();
        private final List<String> wrong = new ArrayList<>();
        private final List<String> missed = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void add(String line) {
            if (sentence == null) {
                sentence = line;
            } else if (line.startsWith("miss:")) {
                missed.add(line.substring(5).trim());
            } else if (line.startsWith("wrong:")) {
                wrong.add(line.substring(6).trim());
            } else if (!line.toLowerCase(Locale.ROOT).equals("none")) {
                correct.add(line);
            }
        }

        GazetteerCase build() {
            if (sentence == null) {
                throw new IllegalStateException("case without a sentence: " + name);
            }
            return new GazetteerCase(name, sentence, List.copyOf(correct), List.copyOf(wrong), List.copyOf(missed));
        }
    }
}
