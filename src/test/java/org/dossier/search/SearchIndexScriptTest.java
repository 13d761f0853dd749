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
        String script = script(SearchIndex.of(Dossiers.small(DossierConfig.defaults())));
        assertThat(script).isEqualTo(expected("small-index.js"));
    }

    @Test
    void theSameDossierGivesTheSameBytes() {
        SearchIndex index = SearchIndex.of(Dossiers.small(DossierConfig.defaults()));
        assertThat(script(index)).isEqualTo(script(SearchIndex.of(Dossiers.small(DossierConfig.defaults()))));
    }

    private static String script(SearchIndex index) {
        return String.join("", SearchIndexScript.parts(index));
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = SearchIndexScriptTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
