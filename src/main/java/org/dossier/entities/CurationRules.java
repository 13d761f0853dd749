package org.dossier.entities;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.loader.SettingsFile;
import org.dossier.loader.YamlDocument;
import org.dossier.loader.YamlErrors;
import org.dossier.loader.YamlLimitException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The user's corrections to the entities found, read from {@code articles/entities.yml}:
 *
 * <pre>{@code
 * aliases:                      # more surface forms of an entity, found as whole words
 *   person/kim-jong-un: [Supreme Leader]
 * merge:                        # these ids are one entity (the first id stays)
 *   - [person/sergei-lavrov, person/sergey-lavrov]
 * rename:                       # another name (the id follows the new name)
 *   organisation/crisis-group: International Crisis Group
 * ignore:                       # false entities
 *   - organisation/foreign-policy-department
 * }</pre>
 *
 * <p>Malformed rules are reported with their line and skipped. Immutable and thread-safe.
 */
public final class CurationRules {

    /** The rules' file name inside the articles folder. */
    public static final String FILE_NAME = "entities.yml";

    private final Path file;
    private final List<CurationRule> rules;

    private CurationRules(Path file, List<CurationRule> rules) {
        this.file = file;
        this.rules = List.copyOf(rules);
    }

    /** No rules. */
    public static CurationRules none() {
        return new CurationRules(Path.of(FILE_NAME), List.of());
    }

    /** The rules in {@code file}, or none when it does not exist; problems go to {@code warnings}. */
    public static CurationRules load(Path file, Diagnostics warnings) {
        if (!SettingsFile.readable(file, warnings)) {
            return new CurationRules(file, List.of());
        }
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8), warnings);
        } catch (CharacterCodingException e) {
            warnings.warn(Diagnostic.of(file, "entities: not valid UTF-8; save the file as UTF-8. Rules skipped"));
            return new CurationRules(file, List.of());
        } catch (IOException e) {
            warnings.warn(Diagnostic.of(file, "entities: cannot read: " + e.getMessage()));
            return new CurationRules(file, List.of());
        }
    }

    /** The rules written in {@code yaml}, as if read from {@code file}. */
    public static CurationRules parse(Path file, String yaml, Diagnostics warnings) {
        Optional<Node> root;
        try {
            root = YamlDocument.compose(yaml, YamlDocument.settings(file));
        } catch (YamlLimitException e) {
            warnings.warn(Diagnostic.at(file, YamlErrors.line(e, 1), "entities: " + YamlErrors.message(e, 1)));
            return new CurationRules(file, List.of());
        } catch (MarkedYamlEngineException e) {
            warnings.warn(Diagnostic.at(file, YamlErrors.line(e, 1), "entities: not valid YAML: " + YamlErrors.message(e, 1)));
            return new CurationRules(file, List.of());
        } catch (YamlEngineException e) {
            warnings.warn(Diagnostic.of(file, "entities: not valid YAML: " + e.getMessage()));
            return new CurationRules(file, List.of());
        }
        List<CurationRule> rules = new ArrayList<>();
        if (root.isEmpty()) {
            return new CurationRules(file, rules);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            warnings.warn(Diagnostic.at(file, line(root.get()), "entities: expected keys aliases, merge, rename, ignore"));
            return new CurationRules(file, rules);
        }
        new Reader(file, warnings, rules).read(mapping);
        return new CurationRules(file, rules);
    }

    /** The rules, in file order. */
    public List<CurationRule> rules() {
        return rules;
    }

    /**
     * Applies the rules to {@code entities}, found in {@code articles} (the blocks of each article
     * by its id), reporting what each changed and every rule that names no entity.
     */
    List<Entity> apply(List<Entity> entities, SortedMap<String, List<TextBlock>> articles, Diagnostics warnings) {
        if (rules.isEmpty()) {
            return entities;
        }
        return new Curator(file, articles, warnings).apply(entities, rules);
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** Turns the YAML tree into rules, warning about whatever does not fit. */
    private record Reader(Path file, Diagnostics warnings, List<CurationRule> rules) {

        void read(MappingNode root) {
            for (NodeTuple entry : root.getValue()) {
                String key = scalar(entry.getKeyNode()).orElse("");
                Node value = entry.getValueNode();
                switch (key) {
                    case "aliases" -> mapping(value, key).forEach(this::aliases);
                    case "rename" -> mapping(value, key).forEach(this::rename);
                    case "merge" -> sequence(value, key).forEach(this::merge);
                    case "ignore" -> sequence(value, key).forEach(this::ignore);
                    case "split" -> warn(entry.getKeyNode(), "'split' is not supported; use 'ignore' and 'aliases'");
                    default -> warn(entry.getKeyNode(), "unknown key '" + key + "' (expected aliases, merge, rename, ignore)");
                }
            }
        }

        private void aliases(NodeTuple entry) {
            Optional<String> id = scalar(entry.getKeyNode());
            List<Node> forms = entry.getValueNode() instanceof SequenceNode s ? s.getValue() : List.of(entry.getValueNode());
            for (Node form : forms) {
                Optional<String> text = scalar(form).filter(t -> !t.isBlank());
                if (id.isEmpty() || text.isEmpty()) {
                    warn(form, "aliases: expected 'KIND/SLUG: [surface form, ...]'");
                    continue;
                }
                rules.add(new CurationRule.Alias(id.get(), text.get().strip(), line(form)));
            }
        }

        private void rename(NodeTuple entry) {
            Optional<String> id = scalar(entry.getKeyNode());
            Optional<String> name = scalar(entry.getValueNode()).filter(t -> !t.isBlank());
            if (id.isEmpty() || name.isEmpty()) {
                warn(entry.getKeyNode(), "rename: expected 'KIND/SLUG: new name'");
                return;
            }
            rules.add(new CurationRule.Rename(id.get(), name.get().strip(), line(entry.getKeyNode())));
        }

        private void merge(Node item) {
            List<String> ids = new ArrayList<>();
            if (item instanceof SequenceNode group) {
                group.getValue().forEach(n -> scalar(n).ifPresent(ids::add));
            }
            if (ids.size() < 2) {
                warn(item, "merge: expected a list of two or more entity ids, e.g. [person/a, person/b]");
                return;
            }
            rules.add(new CurationRule.Merge(ids, line(item)));
        }

        private void ignore(Node item) {
            Optional<String> id = scalar(item);
            if (id.isEmpty()) {
                warn(item, "ignore: expected an entity id, e.g. person/white-house");
                return;
            }
            rules.add(new CurationRule.Ignore(id.get(), line(item)));
        }

        private List<NodeTuple> mapping(Node node, String key) {
            if (node instanceof MappingNode m) {
                return m.getValue();
            }
            warn(node, key + ": expected entity ids as keys");
            return List.of();
        }

        private List<Node> sequence(Node node, String key) {
            if (node instanceof SequenceNode s) {
                return s.getValue();
            }
            warn(node, key + ": expected a list");
            return List.of();
        }

        /** The text of a scalar; none for a null such as {@code ~}, which names nothing. */
        private static Optional<String> scalar(Node node) {
            return node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) ? Optional.of(s.getValue()) : Optional.empty();
        }

        private void warn(Node node, String message) {
            warnings.warn(Diagnostic.at(file, line(node), "entities: " + message));
        }
    }
}
