package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.loader.DossierConfig;
import org.dossier.render.PageRenderer;
import org.dossier.render.Templates;
import org.junit.jupiter.api.Test;

class SearchPageTest {

    private final Map<String, String> written = new TreeMap<>();

    @Test
    void writesThePageItsScriptAndTheIndex() {
        write();
        assertThat(written).containsOnlyKeys("search.html", "assets/search.js", "assets/search-index.js");
        assertThat(written.get("assets/search-index.js"))
                .isEqualTo(String.join("", SearchIndexScript.parts(SearchIndex.of(Dossiers.small(DossierConfig.defaults())))));
    }

    @Test
    void onlyTheSearchScriptIsOnThePageAndItLoadsTheIndex() {
        write();
        assertThat(written.get("search.html"))
                .contains("<script src=\"assets/search.js\" defer></script>")
                .contains("action=\"search.html\"")
                .contains("name=\"q\"")
                .doesNotContain("search-index.js");
        assertThat(written.get("assets/search.js")).contains("'search-index.js'");
    }

    private void write() {
        PageRenderer pages = new PageRenderer(Templates.defaults(), DossierConfig.defaults());
        new SearchPage(pages).write(Dossiers.small(DossierConfig.defaults()),
                (path, bytes) -> written.put(path, new String(bytes, StandardCharsets.UTF_8)));
    }
}
