package org.dossier.entities.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.entities.ArticleText;
import org.dossier.entities.FigureFacts;
import org.dossier.markdown.Block;

/**
 * A one-sentence example from {@code cases.txt}: a name, a text, and the figures expected in it.
 */
record FigureCase(String name, String text, List<Expected> figures) {

    static final Path FILE = Path.of("src/test/resources/figures/cases.txt");

    /** One expected figure, as its line reads. */
    record Expected(String surface, FigureFacts facts) {

        static Expected parse(String line) {
            String[] f = line.split("\\|", -1);
            List<FigureFacts.Amount> alternatives = new ArrayList<>();
            String alternative = f[6].strip();
            if (!alternative.equals("-")) {
                String[] parts = alternative.split(" ");
                alternatives.add(new FigureFacts.Amount(new BigDecimal(parts[1]), parts[0]));
            }
            return new Expected(f[0].strip(), new FigureFacts(new BigDecimal(f[1].strip()), f[2].strip(),
                    none(f[3]).orElse(""), none(f[4]), none(f[5]), alternatives));
        }

        private static Optional<String> none(String field) {
            String value = field.strip();
            return value.equals("-") ? Optional.empty() : Optional.of(value);
        }
    }

    static List<FigureCase> all() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FigureCase> cases = new ArrayList<>();
        String name = null;
        String text = null;
        List<Expected> figures = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("case: ")) {
                if (name != null) {
                    cases.add(new FigureCase(name, text, figures));
                }
                name = line.substring("case: ".length());
                text = null;
                figures = new ArrayList<>();
            } else if (line.startsWith("text: ")) {
                text = line.substring("text: ".length());
            } else if (line.startsWith("figure: ")) {
                figures.add(Expected.parse(line.substring("figure: ".length())));
            }
        }
        if (name != null) {
            cases.add(new FigureCase(name, text, figures));
        }
        return cases;
    }

    /** The text as a one-block article. */
    ArticleText article() {
        return new ArticleText("case", name, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Block("p1", false, text)));
    }

    @Override
    public String toString() {
        return name;
    }
}
