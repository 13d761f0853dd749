package org.dossier.entities.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.entities.ArticleText;
import org.dossier.markdown.Block;

/**
 * The seed clippings as the recogniser would see them: the first line is the title, every other
 * non-blank line a body block, page furniture left out by the rules in {@code boilerplate.txt}.
 */
final class SeedBodies {

    static final List<String> SEEDS = List.of(
            "000_d701ae17531aa9da", "001_4018661200a78250", "002_90671c341d80183f", "003_1fc0ec52a08fea6b",
            "004_af1a237af1bed520");

    private SeedBodies() {}

    static ArticleText article(String seed) {
        List<String> lines = read(Path.of("articles", seed + ".txt"));
        List<Rule> rules = read(Path.of("src/test/resources/figures/boilerplate.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(Rule::parse)
                .toList();
        List<Block> blocks = new ArrayList<>();
        Pattern skippingUntil = null;
        for (String line : lines.subList(1, lines.size())) {
            if (skippingUntil != null && !skippingUntil.matcher(line).find()) {
                continue;
            }
            skippingUntil = null;
            Optional<Rule> rule = rules.stream().filter(r -> r.pattern().matcher(line).find()).findFirst();
            if (rule.isPresent() && rule.get().kind() == Kind.STOP) {
                break;
            }
            if (rule.isPresent() && rule.get().kind() == Kind.SKIP_UNTIL) {
                skippingUntil = rule.get().until();
            }
            if (rule.isEmpty() && !line.isBlank()) {
                blocks.add(new Block("p" + (blocks.size() + 1), false, line));
            }
        }
        return new ArticleText(seed, lines.get(0), Optional.empty(), Optional.empty(), Optional.empty(), blocks);
    }

    private enum Kind {
        SKIP,
        STOP,
        SKIP_UNTIL
    }

    private record Rule(Kind kind, Pattern pattern, Pattern until) {

        static Rule parse(String line) {
            if (line.startsWith("stop:")) {
                return new Rule(Kind.STOP, Pattern.compile(line.substring("stop:".length())), null);
            }
            if (line.startsWith("skip-until:")) {
                String[] parts = line.substring("skip-until:".length()).split(" => ");
                return new Rule(Kind.SKIP_UNTIL, Pattern.compile(parts[0]), Pattern.compile(parts[1]));
            }
            return new Rule(Kind.SKIP, Pattern.compile(line), null);
        }
    }

    private static List<String> read(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
