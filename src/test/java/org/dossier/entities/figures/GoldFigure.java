package org.dossier.entities.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One hand-annotated figure of a seed clipping: a tab-separated line of surface, value, unit,
 * what, hedge and attribution ({@code -} for none).
 */
record GoldFigure(String surface, BigDecimal value, String unit, String what, String hedge, String attribution) {

    static List<GoldFigure> load(String seed) {
        try {
            return Files.readAllLines(Path.of("src/test/resources/figures/gold", seed + ".tsv"), StandardCharsets.UTF_8)
                    .stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(GoldFigure::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldFigure parse(String line) {
        String[] f = line.split("\t", -1);
        return new GoldFigure(f[0], new BigDecimal(f[1]), f[2], none(f[3]), none(f[4]), none(f[5]));
    }

    private static String none(String field) {
        return field.equals("-") ? "" : field;
    }

    /** Whether {@code found} gives this figure: the same value and unit. */
    boolean matches(FigureMention found) {
        return found.facts().value().compareTo(value) == 0 && found.facts().unit().equals(unit);
    }
}
