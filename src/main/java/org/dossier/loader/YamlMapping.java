package org.dossier.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Parses a YAML document that must be a mapping (front matter, {@code dossier.yml}) into its
 * top-level entries, each with its line in the file. Every failure is a {@link DossierException}
 * naming the file, the line and the step, e.g. {@code articles/x.md:3: front matter: ...}.
 */
final class YamlMapping {

    private YamlMapping() {}

    /**
     * The entries of {@code yaml}, in document order.
     *
     * @param yaml the YAML text
     * @param firstLine the line of the file that the YAML text's first line is on
     * @param file the file, as users name it
     * @param step the step for messages, e.g. {@code front matter}
     */
    static List<YamlEntry> parse(String yaml, int firstLine, Path file, String step) {
        LoadSettings settings = YamlDocument.settings(file);
        try {
            Optional<Node> document = YamlDocument.compose(yaml, settings);
            if (document.isEmpty()) {
                return List.of();
            }
            Node root = document.get();
            if (!(root instanceof MappingNode mapping)) {
                throw new DossierException(Diagnostic.at(file, lineOf(root.getStartMark(), firstLine),
                        step + ": expected keys and values, found " + describe(root)));
            }
            // Constructing checks what composing does not: duplicate keys.
            Object built = new StandardConstructor(settings).constructSingleDocument(document);
            return entries(mapping, (Map<?, ?>) built, firstLine);
        } catch (MarkedYamlEngineException e) {
            throw new DossierException(Diagnostic.at(file, YamlErrors.line(e, firstLine),
                    step + ": " + YamlErrors.message(e, firstLine)), e);
        } catch (YamlEngineException e) {
            throw new DossierException(Diagnostic.at(file, firstLine, step + ": " + e.getMessage()), e);
        }
    }

    private static List<YamlEntry> entries(MappingNode mapping, Map<?, ?> built, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                lines.putIfAbsent(key.getValue(), lineOf(key.getStartMark(), firstLine));
                if (tuple.getValueNode() instanceof ScalarNode value) {
                    written.putIfAbsent(key.getValue(), value.getValue());
                }
            }
        }
        int mappingLine = lineOf(mapping.getStartMark(), firstLine);
        List<YamlEntry> entries = new ArrayList<>();
        for (Map.Entry<?, ?> entry : built.entrySet()) {
            String key = String.valueOf(entry.getKey());
            entries.add(new YamlEntry(key, entry.getValue(), written.get(key), lines.getOrDefault(key, mappingLine)));
        }
        return List.copyOf(entries);
    }

    private static String describe(Node node) {
        return switch (node.getNodeType()) {
            case SEQUENCE -> "a list";
            case SCALAR -> "a single value";
            default -> "something else";
        };
    }

    private static int lineOf(Optional<Mark> mark, int firstLine) {
        return mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
    }
}
