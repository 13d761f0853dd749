package org.dossier.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.text.Slugs;

/**
 * Applies curation rules to the entities of one build: first every {@code ignore}, then
 * {@code merge}, {@code aliases} and {@code rename}, each in file order. Says what each rule changed
 * and warns, with the rule's line, when a rule names an entity that does not exist.
 */
final class Curator {

    private final Path file;
    private final SortedMap<String, List<TextBlock>> articles;
    private final Diagnostics warnings;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> movedTo = new HashMap<>();

    /** A curator of the entities of {@code articles}, the blocks of each article by its id. */
    Curator(Path file, SortedMap<String, List<TextBlock>> articles, Diagnostics warnings) {
        this.file = file;
        this.articles = articles;
        this.warnings = warnings;
    }

    List<Entity> apply(List<Entity> found, List<CurationRule> rules) {
        found.forEach(e -> entities.put(e.id(), e));
        rules.stream().filter(r -> r instanceof CurationRule.Ignore).forEach(r -> ignore((CurationRule.Ignore) r));
        rules.stream().filter(r -> r instanceof CurationRule.Merge).forEach(r -> merge((CurationRule.Merge) r));
        rules.stream().filter(r -> r instanceof CurationRule.Alias).forEach(r -> alias((CurationRule.Alias) r));
        rules.stream().filter(r -> r instanceof CurationRule.Rename).forEach(r -> rename((CurationRule.Rename) r));
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            Optional<String> country = e.country().map(this::current).filter(entities::containsKey);
            out.add(new Entity(e.id(), e.kind(), e.name(), e.aliases(), e.mentions(), e.figure(), country));
        }
        return out;
    }

    private void ignore(CurationRule.Ignore rule) {
        Entity removed = entities.remove(rule.id());
        if (removed == null) {
            unknown(rule, rule.id());
            return;
        }
        report(rule, "ignored " + rule.id() + " (" + removed.mentions().size() + " mentions)");
    }

    private void merge(CurationRule.Merge rule) {
        List<Entity> group = new ArrayList<>();
        for (String id : rule.ids()) {
            Entity entity = entities.get(current(id));
            if (entity == null) {
                unknown(rule, id);
            } else if (!group.contains(entity)) {
                group.add(entity);
            }
        }
        if (group.size() < 2) {
            return;
        }
        Entity first = group.get(0);
        if (group.stream().anyMatch(e -> e.kind() != first.kind())) {
            warnings.warn(Diagnostic.at(file, rule.line(), "entities: merge: entities of different kinds cannot be merged: "
                    + rule.ids()));
            return;
        }
        TreeSet<String> aliases = new TreeSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : group) {
            aliases.addAll(e.aliases());
            mentions.addAll(e.mentions());
            if (e != first) {
                entities.remove(e.id());
                movedTo.put(e.id(), first.id());
            }
        }
        entities.put(first.id(), new Entity(first.id(), first.kind(), first.name(), aliases, sorted(mentions),
                first.figure(), first.country()));
        report(rule, "merged " + String.join(", ", group.stream().map(Entity::id).toList()) + " into " + first.id());
    }

    private void alias(CurationRule.Alias rule) {
        Entity entity = entities.get(current(rule.id()));
        if (entity == null) {
            unknown(rule, rule.id());
            return;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(rule.surface()) + "(?![\\p{L}\\p{Nd}])");
        List<Mention> added = new ArrayList<>();
        for (Map.Entry<String, List<TextBlock>> article : articles.entrySet()) {
            for (TextBlock block : article.getValue()) {
                Matcher m = word.matcher(block.text());
                while (m.find()) {
                    Span span = new Span(block.id(), m.start(), m.end(), m.group());
                    if (!taken(article.getKey(), span)) {
                        added.add(new Mention(article.getKey(), span, "alias \"" + rule.surface() + "\" from " + fileName() + ":"
                                + rule.line(), Sentences.around(block.text(), m.start())));
                    }
                }
            }
        }
        TreeSet<String> aliases = new TreeSet<>(entity.aliases());
        aliases.add(rule.surface());
        List<Mention> mentions = new ArrayList<>(entity.mentions());
        mentions.addAll(added);
        entities.put(entity.id(), new Entity(entity.id(), entity.kind(), entity.name(), aliases, sorted(mentions),
                entity.figure(), entity.country()));
        report(rule, "alias \"" + rule.surface() + "\" added " + added.size() + " mentions to " + entity.id());
    }

    private void rename(CurationRule.Rename rule) {
        Entity entity = entities.get(current(rule.id()));
        if (entity == null) {
            unknown(rule, rule.id());
            return;
        }
        String id = entity.kind().id() + "/" + Slugs.of(rule.name(), entity.kind().id());
        if (!id.equals(entity.id()) && entities.containsKey(id)) {
            warnings.warn(Diagnostic.at(file, rule.line(), "entities: rename: " + id + " exists already; "
                    + entity.id() + " keeps its id"));
            id = entity.id();
        }
        TreeSet<String> aliases = new TreeSet<>(entity.aliases());
        entities.remove(entity.id());
        entities.put(id, new Entity(id, entity.kind(), rule.name(), aliases, entity.mentions(), entity.figure(),
                entity.country()));
        if (!id.equals(entity.id())) {
            movedTo.put(entity.id(), id);
        }
        report(rule, "renamed " + entity.id() + " to \"" + rule.name() + "\" (" + id + ")");
    }

    private boolean taken(String article, Span span) {
        for (Entity e : entities.values()) {
            for (Mention m : e.mentions()) {
                if (m.article().equals(article) && m.span().block().equals(span.block())
                        && m.span().start() < span.end() && span.start() < m.span().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Mention> sorted(List<Mention> mentions) {
        Map<String, Map<String, Integer>> order = new HashMap<>();
        articles.forEach((article, blocks) -> {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < blocks.size(); i++) {
                positions.put(blocks.get(i).id(), i);
            }
            order.put(article, positions);
        });
        List<Mention> out = new ArrayList<>(mentions);
        out.sort(Comparator.comparing(Mention::article)
                .thenComparingInt(m -> order.getOrDefault(m.article(), Map.of()).getOrDefault(m.span().block(), Integer.MAX_VALUE))
                .thenComparingInt(m -> m.span().start()));
        return out;
    }

    private String current(String id) {
        String at = id;
        while (movedTo.containsKey(at)) {
            at = movedTo.get(at);
        }
        return at;
    }

    private String fileName() {
        return file.getFileName() == null ? CurationRules.FILE_NAME : file.getFileName().toString();
    }

    private void unknown(CurationRule rule, String id) {
        warnings.warn(Diagnostic.at(file, rule.line(), "entities: no entity with the id '" + id + "'"));
    }

    private void report(CurationRule rule, String change) {
        warnings.warn(Diagnostic.at(file, rule.line(), "entities: " + change));
    }
}
