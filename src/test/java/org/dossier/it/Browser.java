package org.dossier.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing downloaded), with a
 * fresh profile, reading the console log, resource timing and axe-core results of the open page.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a browser whose profile lives in {@code profile}. */
    static Browser start(Path profile) {
        SystemTools.require(SystemTools.CHROMIUM, "chromium");
        SystemTools.require(SystemTools.CHROMEDRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(SystemTools.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1024");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(SystemTools.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return new Browser(driver);
    }

    /** Opens {@code url} and waits until the page has loaded. */
    void open(String url) {
        driver.get(url);
        settle();
    }

    /** Clicks {@code link} and waits for the page it leads to. */
    void follow(WebElement link) {
        String before = driver.getCurrentUrl();
        link.click();
        new WebDriverWait(driver, WAIT).until(d -> !before.equals(d.getCurrentUrl()));
        settle();
    }

    private void settle() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(script("return document.readyState")));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The address of the open page. */
    String url() {
        return driver.getCurrentUrl();
    }

    /** The elements matching a CSS selector. */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until {@code css} matches at least one element, and returns the matches. */
    List<WebElement> await(String css) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return all(css);
    }

    /** The console messages of level SEVERE since the last call: errors and failed loads. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Every address the open page loaded, or declares a resource it loads, that is not of its own
     * origin: resource timing sees what was fetched over HTTP; the elements cover {@code file://},
     * where the browser records no resource timing.
     */
    @SuppressWarnings("unchecked")
    List<String> foreignLoads() {
        return (List<String>) script("""
                var names = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(function (e) { return e.name; });
                document.querySelectorAll('script[src], img, iframe[src], frame[src], embed[src], source[src], track[src],'
                    + ' audio[src], video[src], video[poster], object[data], input[src], link[href]').forEach(function (e) {
                  if (e.tagName === 'LINK' && !/(^|\\s)(stylesheet|icon|preload|modulepreload|prefetch|manifest)(\\s|$)/i.test(e.rel)) return;
                  [e.currentSrc, e.src, e.href, e.poster, e.data].forEach(function (u) { if (u) names.push(String(u)); });
                });
                var local = location.protocol === 'file:'
                    ? function (n) { return n.indexOf('file:') === 0 || n.indexOf('data:') === 0; }
                    : function (n) { return n.indexOf('data:') === 0 || new URL(n).origin === location.origin; };
                return names.filter(function (n) { return !local(n); });
                """);
    }

    /**
     * The serious and critical axe-core findings on the open page, one line each. Call after
     * checking the page's console: axe reads style sheets itself, which from {@code file://} logs
     * errors of its own, and these are dropped here.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityProblems() {
        script(axeSource());
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) {
                      return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                    }));
                }, function (e) { done(['axe failed: ' + e]); });
                """);
        consoleErrors();
        return (List<String>) result;
    }

    /** Saves a screenshot of the open page. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses a key in the focused element. */
    void press(CharSequence key) {
        driver.switchTo().activeElement().sendKeys(key);
    }

    /** The focused element. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
