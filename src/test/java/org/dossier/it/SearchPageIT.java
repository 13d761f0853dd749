package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.DossierConfig;
import org.dossier.render.PageRenderer;
import org.dossier.render.Templates;
import org.dossier.search.Dossiers;
import org.dossier.search.SearchPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page's ranking in Chromium, on a small dossier whose entities are known: a person's
 * page comes first, then every article that names them, even one that uses only a short form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageIT {

    private Path site;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path work) {
        site = work.resolve("site");
        PageRenderer pages = new PageRenderer(Templates.fromFolder(Path.of("templates")), DossierConfig.defaults());
        new SearchPage(pages).write(withFigure(Dossiers.small(DossierConfig.defaults())), (path, bytes) -> write(site.resolve(path), bytes));
        write(site.resolve(PageRenderer.STYLESHEET), pages.asset("style.css"));
        write(site.resolve(PageRenderer.FAVICON), pages.asset("favicon.svg"));
        browser = Browser.start(work.resolve("profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPersonsPageComesFirstThenEveryArticleThatNamesThem() {
        assertThat(search("Sergei")).containsExactly(
                "people/sergei-lavrov.html", "articles/talks.html#p1", "articles/sanctions.html#p1");
        assertThat(marked()).contains("Sergei", "Lavrov");
    }

    @Test
    void wordsAreFoundWhateverTheirCaseAndAccentsAndWhileTyped() {
        assertThat(search("DENIED")).containsExactly("articles/sanctions.html#p1");
        assertThat(search("agai")).containsExactly("articles/talks.html");
        assertThat(search("Lavróv")).startsWith("people/sergei-lavrov.html");
    }

    @Test
    void aWordOfATitleFindsItsArticle() {
        assertThat(search("trade")).containsExactly("articles/sanctions.html#p1");
    }

    @Test
    void figuresComeAfterTheArticles() {
        assertThat(search("envoys")).containsExactly("articles/talks.html", "figures/30-envoys.html");
    }

    @Test
    void nothingFoundSaysSo() {
        assertThat(search("zanzibar")).isEmpty();
        assertThat(browser.all("#search-page-status").get(0).getText()).startsWith("Nothing found");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void resultsAreReachedWithTheArrowKeys() {
        search("Lavrov");
        WebElement field = browser.all("#search-page-q").get(0);
        field.click();
        browser.press(Keys.ARROW_DOWN);
        browser.press(Keys.ARROW_DOWN);
        assertThat(browser.focused().getAttribute("href")).contains("articles/talks.html");
        browser.press(Keys.ESCAPE);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("search-page-q");
    }

    /** The result addresses relative to the site, in order. */
    private List<String> search(String query) {
        browser.open(site.toUri() + "search.html?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !browser.all("#search-page-status").get(0).getText().isEmpty()
                        && !browser.all("#search-page-status").get(0).getText().startsWith("Loading"));
        assertThat(browser.consoleErrors()).isEmpty();
        String root = site.toUri().toString();
        return browser.all("#search-page-results a").stream()
                .map(a -> a.getAttribute("href").substring(root.length()))
                .toList();
    }

    private List<String> marked() {
        return browser.all("#search-page-results mark").stream().map(WebElement::getText).toList();
    }

    /** The small dossier with a figure in its first article. */
    private static LinkedDossier withFigure(LinkedDossier dossier) {
        Entity figure = new Entity("figure/30-envoys", EntityKind.FIGURE, "30 envoys", new TreeSet<>(List.of("30 envoys")),
                List.of(new Mention("talks", new Span(Span.STANDFIRST, 0, 6, "Envoys"), "test", "Envoys met again.")),
                Optional.of(new FigureFacts(BigDecimal.valueOf(30), "people", "envoys", Optional.empty(), Optional.empty(), List.of())),
                Optional.empty());
        List<Entity> entities = new ArrayList<>(dossier.catalog().entities());
        entities.add(figure);
        return new LinkedDossier(dossier.config(), dossier.articles(), new EntityCatalog(entities));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
