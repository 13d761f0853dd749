package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The seed dossier in a real Chromium, served by nginx under {@code /dossier/} and opened from
 * {@code file://}: readers can walk from the home page to an article, to a person, to another
 * article; search finds a person everywhere they are named; no page logs a console error or loads
 * anything from another host; the main pages have no serious accessibility problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Where the site is opened from. */
    enum Origin { NGINX, FILE }

    private Path site;
    private SeedFacts facts;
    private Nginx nginx;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path work) {
        site = SeedSite.build(work);
        facts = SeedFacts.read(site);
        nginx = Nginx.serve(site, work.resolve("nginx"));
        browser = Browser.start(work.resolve("profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void walksFromHomeToArticleToPersonToAnotherArticle(Origin origin) {
        SeedFacts.Person person = facts.people().stream().filter(p -> p.articles().size() >= 2).findFirst()
                .orElseThrow(() -> new AssertionError("no person is named in two articles"));
        String first = person.articles().get(0);

        browser.open(root(origin) + "index.html");
        assertClean();
        browser.follow(link(first));
        assertThat(page()).endsWith(first);
        assertClean();
        browser.follow(link(person.url()));
        assertThat(page()).endsWith(person.url());
        assertClean();
        String other = person.articles().stream().filter(a -> !a.equals(first)).findFirst().orElseThrow();
        browser.follow(link(other));
        assertThat(page()).endsWith(other);
        assertClean();
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void searchForAPersonFindsEveryArticleThatNamesThem(Origin origin) {
        for (SeedFacts.Person person : facts.people().subList(0, Math.min(3, facts.people().size()))) {
            search(origin, person.name());
            List<String> results = resultPages();
            assertThat(results).as("results for " + person.name()).isNotEmpty();
            assertThat(results.get(0)).as("the person's page comes first").endsWith(person.url());
            for (String article : person.articles()) {
                assertThat(results).as("results for " + person.name()).anyMatch(r -> r.endsWith(article));
            }
            assertThat(browser.all("#search-page-results mark")).as("highlighted snippets").isNotEmpty();
            assertClean();
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void searchIndexLoadsOnTheSearchPageOnly(Origin origin) {
        browser.open(root(origin) + "index.html");
        assertThat(loaded()).noneMatch(url -> url.endsWith("search-index.js"));
        search(origin, facts.mostNamed().name());
        assertThat(loaded()).anyMatch(url -> url.endsWith("assets/search-index.js"));
        assertClean();
    }

    @Test
    void searchWorksFromTheKeyboardAndKeepsTheQueryInTheAddress() {
        SeedFacts.Person person = facts.mostNamed();
        browser.open(root(Origin.NGINX) + "search.html");
        browser.await("#search-page-status:not(:empty)");
        WebElement field = browser.all("#search-page-q").get(0);
        field.click();
        field.sendKeys(person.name());
        browser.await("#search-page-results a");
        assertThat(browser.url()).contains("q=");
        browser.press(Keys.ARROW_DOWN);
        assertThat(browser.focused().getAttribute("href")).endsWith(person.url());
        browser.press(Keys.ARROW_UP);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("search-page-q");
        browser.press(Keys.ARROW_DOWN);
        browser.follow(browser.focused());
        assertThat(page()).endsWith(person.url());
        assertClean();
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void mainPagesHaveNoSeriousAccessibilityProblem(Origin origin) {
        SeedFacts.Person person = facts.mostNamed();
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", person.articles().get(0), person.url())) {
            browser.open(root(origin) + page);
            assertClean();
            browser.seriousAccessibilityProblems().forEach(p -> problems.add(page + ": " + p));
        }
        search(origin, person.name());
        assertClean();
        browser.seriousAccessibilityProblems().forEach(p -> problems.add("search.html: " + p));
        assertThat(problems).isEmpty();
    }

    @Test
    void screenshotsOfTheMainPages() {
        SeedFacts.Person person = facts.mostNamed();
        browser.open(root(Origin.NGINX) + "index.html");
        browser.screenshot(SCREENSHOTS.resolve("home.png"));
        browser.open(root(Origin.NGINX) + person.articles().get(0));
        browser.screenshot(SCREENSHOTS.resolve("article.png"));
        browser.open(root(Origin.NGINX) + person.url());
        browser.screenshot(SCREENSHOTS.resolve("entity.png"));
        search(Origin.NGINX, person.name());
        browser.screenshot(SCREENSHOTS.resolve("search.png"));
        assertThat(SCREENSHOTS.resolve("search.png")).isNotEmptyFile();
        assertClean();
    }

    @Test
    void theCleanPageChecksSeeAForeignLoadAndAConsoleError() {
        browser.open(root(Origin.NGINX) + "index.html");
        browser.consoleErrors();
        // A script from another loopback address: nothing leaves the machine, but it is another host.
        browser.script("var s = document.createElement('script'); s.src = 'http://127.0.0.2:9/x.js'; document.body.appendChild(s);"
                + " console.error('checked');");
        assertThat(browser.foreignLoads()).contains("http://127.0.0.2:9/x.js");
        assertThat(browser.consoleErrors()).anyMatch(message -> message.contains("checked"));
    }

    private String root(Origin origin) {
        return origin == Origin.NGINX ? nginx.root() : site.toUri().toString();
    }

    private void search(Origin origin, String query) {
        browser.open(root(origin) + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        browser.await("#search-page-status:not(:empty)");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !browser.all("#search-page-status").get(0).getText().startsWith("Loading"));
    }

    /** The pages the results lead to, without their {@code #anchor}s, in result order. */
    private List<String> resultPages() {
        return browser.all("#search-page-results a").stream()
                .map(a -> withoutFragment(a.getAttribute("href")))
                .toList();
    }

    /** The first link of the open page to {@code target} (a path relative to the site root). */
    private WebElement link(String target) {
        return browser.all("a[href]").stream()
                .filter(a -> withoutFragment(a.getAttribute("href")).endsWith("/" + target))
                .findFirst()
                .orElseThrow(() -> new AssertionError(page() + " has no link to " + target));
    }

    private String page() {
        return withoutFragment(browser.url());
    }

    /** What the open page loaded: resource timing over HTTP, the script elements from {@code file://}. */
    @SuppressWarnings("unchecked")
    private List<String> loaded() {
        return (List<String>) browser.script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".concat(Array.prototype.map.call(document.scripts, function (s) { return s.src; }))");
    }

    private void assertClean() {
        assertThat(browser.consoleErrors()).as("console errors on " + browser.url()).isEmpty();
        assertThat(browser.foreignLoads()).as("loads from another host on " + browser.url()).isEmpty();
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
