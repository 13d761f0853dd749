package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dossier.loader.DossierConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchIndexScriptTest {

    @Test
    void writesArticlesWithTheirBlocksAndNamesWithTheArticlesThatNameThem() throws IOException {
        String script = SearchIndexScript.of(SearchIndex.of(Dossiers.small(DossierConfig.defaults())));
        assertThat(script).isEqualTo(expected("small-index.js"));
    }

    @Test
    void theBytesAreTheScriptInUtf8() throws IOException {
        SearchIndex index = SearchIndex.of(Dossiers.small(DossierConfig.defaults()));
        assertThat(SearchIndexScript.bytes(index)).isEqualTo(expected("small-index.js").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameDossierGivesTheSameBytes() {
        SearchIndex index = SearchIndex.of(Dossiers.small(DossierConfig.defaults()));
        assertThat(SearchIndexScript.of(index)).isEqualTo(SearchIndexScript.of(SearchIndex.of(Dossiers.small(DossierConfig.defaults()))));
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = SearchIndexScriptTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
