package org.dossier.entities.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every vendored data file ships with its attribution. */
class VendoredDataTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"countries.tsv", "places.tsv", "historical.tsv"})
    void theNoticeNamesEachDataFile(String file) throws IOException {
        assertThat(DataFile.lines(file)).isNotEmpty();
        assertThat(resource("NOTICE")).contains(file + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LICENSE-ODbL-1.0.md", "LICENSE-CC-BY-4.0.md"})
    void theLicencesTheNoticeCitesAreThere(String licence) throws IOException {
        assertThat(resource("NOTICE")).contains(licence);
        assertThat(resource(licence)).isNotBlank();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = VendoredDataTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
