package org.dossier.loader;

import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes the YAML the user writes by hand (front matter, {@code dossier.yml},
 * {@code entities.yml}) into its node tree, refusing what such a file has no use for and what
 * would let a few lines of it exhaust the build.
 *
 * <p>Nesting deeper than {@value #MAX_DEPTH} levels is refused: snakeyaml-engine composes and
 * constructs a value by recursing once a level, so a thousand {@code [} overflow the stack.
 * {@link LoadSettings} of snakeyaml-engine 3.2 offers no depth limit, so the parser's events are
 * counted as the composer takes them, before it recurses into a level too deep.
 *
 * <p>Aliases ({@code *name}) are refused. The {@code setMaxAliasesForCollections} setting caps
 * how many aliases a text has, not how much they stand for: 25 lists of two aliases, each to the
 * list before, are 2<sup>25</sup> items once built, flattened or walked, and no setting caps that
 * ({@code setCodePointLimit} caps the text, not what it expands to). Front matter and settings
 * have no use for aliases, so refusing them, at the line of the first, is simpler and safer than
 * any cap. An anchor ({@code &name}) with no alias to it is harmless and accepted.
 *
 * <p>Thread-safe: each call composes with parsers of its own.
 */
public final class YamlDocument {

    /** The deepest nesting of lists and mappings accepted; settings need three or four levels. */
    static final int MAX_DEPTH = 50;

    private static final CoreNullsSchema SCHEMA = new CoreNullsSchema();

    private YamlDocument() {}

    /**
     * The settings to read {@code file} with: its name in marks, no key given twice, and
     * {@code ~}, {@code Null} and {@code NULL} read as {@code null} ({@link CoreNullsSchema}).
     */
    public static LoadSettings settings(Path file) {
        return LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setSchema(SCHEMA)
                .build();
    }

    /**
     * The node tree of {@code yaml}, or empty for a text with no document.
     *
     * @throws YamlLimitException when the text goes beyond what is accepted
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException when it is not valid YAML
     */
    public static Optional<Node> compose(String yaml, LoadSettings settings) {
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, yaml));
        return new Composer(settings, new LimitedParser(parser, MAX_DEPTH)).getSingleNode();
    }
}
