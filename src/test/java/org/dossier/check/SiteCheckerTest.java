package org.dossier.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.diagnostic.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each folder under {@code site-checker/} is a site and the problems expected in it, one a line. */
class SiteCheckerTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(fixtures())) {
            return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheExpectedProblems(String name) throws IOException, URISyntaxException {
        Path fixture = fixtures().resolve(name);
        List<String> expected = Files.readAllLines(fixture.resolve("expected.txt"), StandardCharsets.UTF_8);
        List<String> found = new SiteChecker().check(fixture.resolve("site")).stream()
                .map(p -> p.file() + ": " + p.message())
                .toList();
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> new SiteChecker().check(Path.of("no-such-site")))
                .isInstanceOf(DossierException.class)
                .hasMessage("no-such-site: not a folder");
    }

    @Test
    void aFolderWithoutHomePageOrMarkerHoldsNoSite(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.html"), "<a href=\"#gone\">not a site</a>");

        assertThatThrownBy(() -> new SiteChecker().check(folder))
                .isInstanceOf(DossierException.class)
                .hasMessage(folder + ": holds no Dossier site (no index.html, no .dossier marker)");
    }

    @Test
    void theMarkerAloneMakesAFolderASite(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(".dossier"), "");
        Files.writeString(folder.resolve("notes.html"), "<a href=\"#gone\">gone</a>");

        assertThat(new SiteChecker().check(folder)).containsExactly(new Problem("notes.html", "broken anchor #gone"));
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(SiteCheckerTest.class.getResource("/site-checker").toURI());
    }
}
