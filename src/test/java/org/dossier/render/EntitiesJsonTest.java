package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.link.LinkedDossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** entities.json parses back and has the shape the conventions fix. */
class EntitiesJsonTest {

    private static Map<String, Object> json;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void write() {
        json = (Map<String, Object>) MiniJson.parse(text(Fixture.dossier()));
    }

    private static String text(LinkedDossier dossier) {
        return String.join("", new EntitiesJson().parts(dossier));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void hasArticlesThenEntities() {
        assertThat(json).containsOnlyKeys("articles", "entities");
        assertThat(List.copyOf(json.keySet())).containsExactly("articles", "entities");
    }

    @Test
    void articlesCarryEveryFieldAbsentOnesAsNull() {
        List<Map<String, Object>> articles = list(json.get("articles"));
        assertThat(articles).extracting(a -> a.get("id")).containsExactly("lavrov-visits-kursk", "troops-gather-near-kursk");
        assertThat(articles.get(0)).containsExactly(
                Map.entry("id", "lavrov-visits-kursk"), Map.entry("file", "visit.md"),
                Map.entry("title", "Lavrov visits Kursk"), Map.entry("url", "articles/lavrov-visits-kursk.html"),
                Map.entry("source", "Example Times"), Map.entry("author", "Jane Roe"), Map.entry("published", "2024-11-16"));
        assertThat(articles.get(1)).containsKeys("source", "author", "published");
        assertThat(articles.get(1).get("source")).isNull();
        assertThat(articles.get(1).get("published")).isNull();
    }

    @Test
    void entitiesAreSortedByIdWithTheirFields() {
        List<Map<String, Object>> entities = list(json.get("entities"));
        List<Object> ids = entities.stream().map(e -> e.get("id")).toList();
        assertThat(ids).isSortedAccordingTo((a, b) -> ((String) a).compareTo((String) b)).hasSize(6);
        Map<String, Object> lavrov = entities.stream().filter(e -> e.get("id").equals("person/sergei-lavrov")).findFirst().orElseThrow();
        assertThat(List.copyOf(lavrov.keySet())).containsExactly("id", "kind", "name", "aliases", "url", "mentions");
        assertThat(lavrov.get("kind")).isEqualTo("person");
        assertThat(lavrov.get("aliases")).isEqualTo(List.of("Lavrov", "Sergei Lavrov"));
        assertThat(lavrov.get("url")).isEqualTo("people/sergei-lavrov.html");
        assertThat(list(lavrov.get("mentions"))).containsExactly(
                Map.of("article", "lavrov-visits-kursk", "text", "Sergei Lavrov", "count", BigDecimal.ONE),
                Map.of("article", "troops-gather-near-kursk", "text", "Lavrov", "count", BigDecimal.ONE));
    }

    @Test
    void theWrittenFileIsTheTextInUtf8() {
        for (String title : List.of("Lavrov visits Kursk", "Lavrov’s visit to Kraków 🇷🇺", "Unpaired \ud800 surrogate")) {
            LinkedDossier dossier = Fixture.dossier(Fixture.config(false), title);
            byte[] bytes = MemorySink.render(dossier).files().get(EntitiesJson.PATH);
            assertThat(bytes).isEqualTo(text(dossier).getBytes(StandardCharsets.UTF_8));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(title.replace('\ud800', '?'));
        }
    }

    @Test
    void mentionsCountEachSurfaceFormPerArticle() {
        Map<String, Object> kursk = list(json.get("entities")).stream()
                .filter(e -> e.get("id").equals("place/kursk")).findFirst().orElseThrow();
        assertThat(list(kursk.get("mentions"))).containsExactly(
                Map.of("article", "lavrov-visits-kursk", "text", "Kursk", "count", new BigDecimal("2")),
                Map.of("article", "troops-gather-near-kursk", "text", "Kursk", "count", new BigDecimal("2")));
    }

    @Test
    void figuresCarryPlainNumbersAndNulls() {
        String text = text(Fixture.dossier());
        assertThat(text).contains("\"value\": 20000000000, ").contains("{\"value\": 25700000000, \"unit\": \"SGD\"}")
                .doesNotContain("E+").doesNotContain("\"\"");
        Map<String, Object> aid = list(json.get("entities")).stream()
                .filter(e -> e.get("id").equals("figure/us-20-billion")).findFirst().orElseThrow();
        assertThat(List.copyOf(aid.keySet())).containsExactly("id", "kind", "name", "aliases", "url", "mentions",
                "value", "unit", "what", "hedge", "attribution", "alternatives");
        assertThat(aid.get("hedge")).isNull();
        assertThat(aid.get("attribution")).isNull();
    }

    @Test
    void blankOrMissingTextIsNullNeverEmpty() {
        assertThat(new Json().string(Optional.of("")).toString()).isEqualTo("null");
        assertThat(new Json().string(Optional.of("  ")).toString()).isEqualTo("null");
        assertThat(new Json().string(Optional.<String>empty()).toString()).isEqualTo("null");
        assertThat(new Json().string(Optional.of("troops")).toString()).isEqualTo("\"troops\"");
    }

    @Test
    void controlCharactersAndSeparatorsAreEscaped() {
        String escaped = new Json().string("a\"b\\c\nd\u0001e\u2028f/").toString();
        assertThat(escaped).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001e\\u2028f/\"");
        assertThat(MiniJson.parse(escaped)).isEqualTo("a\"b\\c\nd\u0001e\u2028f/");
    }

    @Test
    void numbersArePlain() {
        assertThat(new Json().number(new BigDecimal("1.50")).toString()).isEqualTo("1.5");
        assertThat(new Json().number(new BigDecimal("1E+3")).toString()).isEqualTo("1000");
        assertThat(new Json().number(new BigDecimal("0.000")).toString()).isEqualTo("0");
        assertThat(new Json().number(new BigDecimal("-0.25")).toString()).isEqualTo("-0.25");
    }
}
