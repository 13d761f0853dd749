package org.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.site.BuildOptions;
import org.dossier.site.Progress;
import org.dossier.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a dossier whose every field carries script-injection payloads and checks that none of
 * them reaches the output as markup.
 */
class InjectionTest {

    private static final Path ARTICLES = Path.of("src/test/resources/hostile/xss/articles");

    @TempDir
    static Path out;

    private static List<Document> pages;
    private static List<String> warnings;

    @BeforeAll
    static void build() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        new SiteBuilder().build(new BuildOptions(ARTICLES, Path.of("templates"), out, Optional.empty()),
                diagnostics, Progress.NONE);
        warnings = diagnostics.sorted().stream().map(Diagnostic::message).toList();
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .sorted()
                    .map(InjectionTest::parse)
                    .toList();
        }
    }

    @Test
    void thePayloadArticlesWereRendered() {
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theHostileCurationRulesReachedTheEntities() {
        assertThat(warnings).noneMatch(message -> message.contains("no entity with the id"));
        assertThat(warnings).anyMatch(message -> message.startsWith("entities: alias \"<script>alert('alias')</script>\""));
        assertThat(warnings).anyMatch(message -> message.startsWith("entities: renamed place/moscow to \"<svg"));
        assertThat(pages).anyMatch(page -> page.text().contains("<svg onload=alert('rename')>"));
        assertThat(pages).anyMatch(page -> page.text().contains("<script>alert('alias')</script>")
                && page.location().contains("places/"));
    }

    @Test
    void noScriptButTheSitesOwn() {
        for (Document page : pages) {
            for (Element script : page.select("script")) {
                assertThat(script.hasAttr("src")).as("inline script in %s", page.location()).isTrue();
                assertThat(script.attr("src")).as(page.location()).doesNotContain(":").contains("assets/");
                assertThat(script.data()).as(page.location()).isBlank();
            }
        }
    }

    @Test
    void noEventHandlerAttributes() {
        for (Document page : pages) {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey().toLowerCase(Locale.ROOT))
                            .as("%s in %s", element.tagName(), page.location())
                            .doesNotStartWith("on");
                }
            }
        }
    }

    @Test
    void noDangerousUrls() {
        for (Document page : pages) {
            for (Element element : page.select("[href], [src], [action], [data], [formaction], [xlink:href]")) {
                for (String name : List.of("href", "src", "action", "data", "formaction", "xlink:href")) {
                    String url = element.attr(name).strip().toLowerCase(Locale.ROOT);
                    assertThat(url).as("%s[%s] in %s", element.tagName(), name, page.location())
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("data:")
                            .doesNotStartWith("vbscript:");
                }
            }
        }
    }

    @Test
    void noFramesObjectsBaseOrRefresh() {
        for (Document page : pages) {
            assertThat(page.select("iframe, frame, object, embed, base, form[action^=http], svg script"))
                    .as(page.location()).isEmpty();
            assertThat(page.select("meta[http-equiv]"))
                    .as(page.location())
                    .allSatisfy(meta -> assertThat(meta.attr("http-equiv").toLowerCase(Locale.ROOT))
                            .isEqualTo("content-security-policy"));
        }
    }

    @Test
    void noInlineStyleFromTheInput() {
        for (Document page : pages) {
            assertThat(page.select("main [style]")).as(page.location()).isEmpty();
            assertThat(page.select("main style")).as(page.location()).isEmpty();
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
