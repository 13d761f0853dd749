package org.dossier.views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Mention;
import org.dossier.entities.Sentences;
import org.dossier.entities.Span;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.Block;

/**
 * A hand-built linked dossier read from a small text file, one declaration a line, fields split
 * by {@code |}, {@code -} for an absent field:
 *
 * <pre>
 * article ID | TITLE | SOURCE | YYYY-MM-DD
 * standfirst ARTICLE | TEXT
 * block ARTICLE BLOCK | TEXT
 * figure ARTICLE BLOCK | WRITTEN | VALUE | UNIT | WHAT | HEDGE | ATTRIBUTION [| VALUE UNIT; ...]
 * entity KIND/SLUG | NAME | ARTICLE BLOCK SURFACE ; ARTICLE BLOCK SURFACE ...
 * expect ...            (kept for the test to read)
 * </pre>
 */
public record DossierFixture(LinkedDossier dossier, List<String> expectations) {

    /** Reads the fixture at {@code file}. */
    public static DossierFixture read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses fixture lines. */
    public static DossierFixture parse(List<String> lines) {
        Map<String, String[]> articles = new LinkedHashMap<>();
        Map<String, List<Block>> blocks = new LinkedHashMap<>();
        Map<String, String> standfirsts = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        List<String> expectations = new ArrayList<>();
        int figures = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String keyword = line.substring(0, line.indexOf(' '));
            String[] fields = line.substring(keyword.length() + 1).split("\\|", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            switch (keyword) {
                case "article" -> {
                    articles.put(fields[0], fields);
                    blocks.put(fields[0], new ArrayList<>());
                }
                case "standfirst" -> standfirsts.put(fields[0], fields[1]);
                case "block" -> {
                    String[] where = fields[0].split(" ");
                    blocks.get(where[0]).add(new Block(where[1], false, fields[1]));
                }
                case "figure" -> {
                    figures++;
                    String[] where = fields[0].split(" ");
                    FigureFacts facts = new FigureFacts(new BigDecimal(fields[2]), fields[3], fields[4],
                            optional(fields[5]), optional(fields[6]), alternatives(fields));
                    Mention mention = mention(where[0], where[1], fields[1], blocks);
                    entities.add(new Entity("figure/f" + figures, EntityKind.FIGURE, fields[1],
                            new java.util.TreeSet<>(List.of(fields[1])), List.of(mention), Optional.of(facts),
                            Optional.empty()));
                }
                case "entity" -> {
                    List<Mention> mentions = new ArrayList<>();
                    for (String spec : fields[2].split(";")) {
                        String[] parts = spec.strip().split(" ", 3);
                        mentions.add(mention(parts[0], parts[1], parts[2], blocks));
                    }
                    String kind = fields[0].substring(0, fields[0].indexOf('/'));
                    entities.add(new Entity(fields[0], EntityKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                            fields[1], new java.util.TreeSet<>(List.of(fields[1])), mentions, Optional.empty(),
                            Optional.empty()));
                }
                case "expect" -> expectations.add(line.substring("expect ".length()));
                default -> throw new IllegalArgumentException("Unknown fixture line: " + line);
            }
        }
        List<LinkedArticle> linked = new ArrayList<>();
        for (String[] a : articles.values()) {
            Article article = new Article(a[0] + ".txt", a[1], Optional.ofNullable(standfirsts.get(a[0])),
                    Optional.empty(), optional(a[2]),
                    optional(a[3]).map(LocalDate::parse), Optional.empty(), List.of(), Map.of(),
                    "", Map.of());
            StringBuilder html = new StringBuilder();
            for (Block block : blocks.get(a[0])) {
                html.append("<p id=\"").append(block.id()).append("\">").append(block.text()).append("</p>\n");
            }
            linked.add(new LinkedArticle(a[0], article, html.toString(), blocks.get(a[0]), List.of()));
        }
        DossierConfig config = new DossierConfig("Test dossier", Optional.of("A dossier for tests."),
                Optional.empty(), false);
        return new DossierFixture(new LinkedDossier(config, linked, new EntityCatalog(entities)), expectations);
    }

    private static Mention mention(String article, String block, String surface, Map<String, List<Block>> blocks) {
        String text = blocks.get(article).stream().filter(b -> b.id().equals(block)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No block " + article + " " + block))
                .text();
        java.util.regex.Matcher found = java.util.regex.Pattern
                .compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(surface)).matcher(text);
        int start = found.find() ? found.start() : -1;
        if (start < 0) {
            throw new IllegalArgumentException("'" + surface + "' is not in " + article + " " + block);
        }
        return new Mention(article, new Span(block, start, start + surface.length(), surface), "fixture",
                Sentences.around(text, start));
    }

    private static List<FigureFacts.Amount> alternatives(String[] fields) {
        if (fields.length < 8) {
            return List.of();
        }
        List<FigureFacts.Amount> amounts = new ArrayList<>();
        for (String amount : fields[7].split(";")) {
            String[] parts = amount.strip().split(" ");
            amounts.add(new FigureFacts.Amount(new BigDecimal(parts[0]), parts[1]));
        }
        return amounts;
    }

    private static Optional<String> optional(String field) {
        return field.equals("-") ? Optional.empty() : Optional.of(field);
    }
}
