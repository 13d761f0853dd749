package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the {@link Fixture} dossier and compares selected files with the golden copies under
 * {@code src/test/resources/render/golden/}.
 *
 * <p>After an intended change to the templates or the pages, rewrite the golden files with
 * {@code mvn -q -o test -Dtest=GoldenPagesTest -Ddossier.updateGolden=true} and review the diff.
 */
class GoldenPagesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/render/golden");
    private static final boolean UPDATE = Boolean.getBoolean("dossier.updateGolden");

    private static MemorySink site;

    @BeforeAll
    static void render() {
        site = MemorySink.render(Fixture.dossier());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "index.html",
        "articles/lavrov-visits-kursk.html",
        "articles/troops-gather-near-kursk.html",
        "people/sergei-lavrov.html",
        "places/moscow.html",
        "figures/10000-troops.html",
        "figures/us-20-billion.html",
        "places.html",
        "404.html",
        "robots.txt",
        "entities.json"})
    void matchesTheGoldenFile(String path) throws IOException {
        Path golden = GOLDEN.resolve(path);
        String actual = site.text(path);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
