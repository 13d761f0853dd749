package org.dossier.loader;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/** Valid YAML that {@link YamlDocument} refuses to read, with the place where it went too far. */
public final class YamlLimitException extends MarkedYamlEngineException {

    YamlLimitException(String problem, Optional<Mark> problemMark) {
        super("", Optional.empty(), problem, problemMark);
    }
}
