package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    private static final Path FILE = Path.of("articles/x.md");

    @Test
    void nestingUpToTheLimitIsComposed() {
        String yaml = "[".repeat(YamlDocument.MAX_DEPTH) + "]".repeat(YamlDocument.MAX_DEPTH);

        assertThat(YamlDocument.compose(yaml, YamlDocument.settings(FILE))).isPresent();
    }

    @Test
    void nestingOneLevelDeeperIsRefusedWhereItGoesTooDeep() {
        int depth = YamlDocument.MAX_DEPTH + 1;
        String yaml = "title: T\nx:\n  " + "[".repeat(depth) + "]".repeat(depth) + "\n";

        YamlLimitException error = catchThrowableOfType(YamlLimitException.class,
                () -> YamlDocument.compose(yaml, YamlDocument.settings(FILE)));

        assertThat(error).as("error").isNotNull();
        assertThat(YamlErrors.line(error, 1)).isEqualTo(3);
        assertThat(YamlErrors.message(error, 1)).isEqualTo("nested too deeply");
    }

    @Test
    void anAliasIsRefusedAtItsLineAndAnAnchorAloneIsAccepted() {
        String yaml = "a: &first [x, y]\nb: [*first, *first]\n";

        YamlLimitException error = catchThrowableOfType(YamlLimitException.class,
                () -> YamlDocument.compose(yaml, YamlDocument.settings(FILE)));

        assertThat(error).as("error").isNotNull();
        assertThat(YamlErrors.line(error, 1)).isEqualTo(2);
        assertThat(YamlErrors.message(error, 1)).isEqualTo("aliases (*first) are not allowed");
        assertThat(YamlDocument.compose("a: &first [x, y]\n", YamlDocument.settings(FILE))).isPresent();
    }

    @Test
    void nestingThatWouldOverflowTheStackIsRefused() {
        String yaml = "x: " + "{a: ".repeat(100_000) + "b" + "}".repeat(100_000);

        assertThat(catchThrowableOfType(YamlLimitException.class,
                () -> YamlDocument.compose(yaml, YamlDocument.settings(FILE)))).isNotNull();
    }
}
