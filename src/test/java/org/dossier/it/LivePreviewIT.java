package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.serve.PreviewServer;
import org.dossier.site.BuildOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in Chromium: the open page reloads by itself after an edit, shows a broken
 * template's error, and recovers when it is fixed, without a console error (the pages forbid
 * inline scripts, so the reload script must come from the server).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePreviewIT {

    private static final Duration REBUILD = Duration.ofSeconds(90);

    private Path work;
    private PreviewServer preview;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path work) throws IOException {
        this.work = work;
        Files.createDirectories(work.resolve("articles"));
        Files.writeString(work.resolve("articles/a.txt"), "Harbour talks resume\nThe envoys met again on Monday.\n");
        copy(Path.of("templates"), work.resolve("templates"));
        BuildOptions options = new BuildOptions(work.resolve("articles"), work.resolve("templates"), work.resolve("site"), Optional.empty());
        preview = PreviewServer.start(options, 0, line -> {});
        browser = Browser.start(work.resolve("profile"));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void theOpenPageFollowsEditsAndShowsAndClearsABuildError() throws IOException {
        browser.open(preview.url() + "index.html");
        assertThat(browser.driver().getPageSource()).contains("Harbour talks resume");
        assertThat(browser.consoleErrors()).isEmpty();

        Files.writeString(work.resolve("articles/a.txt"), "Harbour talks collapse\nThe envoys left on Tuesday.\n");
        awaitText("Harbour talks collapse");

        Path home = work.resolve("templates/home.mustache");
        String good = Files.readString(home);
        Files.writeString(home, good + "{{#unclosed}}\n");
        new WebDriverWait(browser.driver(), REBUILD)
                .until(d -> !d.findElements(By.id("dossier-build-error")).isEmpty());
        assertThat(browser.driver().findElement(By.id("dossier-build-error")).getText()).contains("home.mustache");

        Files.writeString(home, good);
        new WebDriverWait(browser.driver(), REBUILD)
                .until(d -> d.findElements(By.id("dossier-build-error")).isEmpty()
                        && d.getPageSource().contains("Harbour talks collapse"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void awaitText(String text) {
        new WebDriverWait(browser.driver(), REBUILD).until(d -> d.getPageSource().contains(text));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
