package org.dossier.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.site.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview against a real loopback server, rebuilding from a temporary dossier. */
class PreviewServerTest {

    /** How long to wait for the watcher to see a change; generous, since CI machines are shared. */
    private static final long CHANGE_MILLIS = 60_000;

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();
    private PreviewServer preview;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(work.resolve("articles"));
        Files.writeString(work.resolve("articles/a.txt"), "First title\nSome text.\n");
        copyTemplates(work.resolve("templates"));
        BuildOptions options = new BuildOptions(work.resolve("articles"), work.resolve("templates"), work.resolve("site"), Optional.empty());
        preview = PreviewServer.start(options, 0, line -> {});
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    @Test
    void servesTheSiteWithTheReloadScriptAddedButNotWrittenToTheFiles() throws IOException, InterruptedException {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(home.body()).contains("First title").contains("<script src=\"/_dossier/reload.js?v=1\"></script>");
        assertThat(Files.readString(work.resolve("site/index.html"))).doesNotContain("_dossier");
        assertThat(get("/_dossier/reload.js").body()).contains("location.reload()");
        assertThat(get("/_dossier/version").body()).isEqualTo("1");
        assertThat(get("/assets/style.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    }

    @Test
    void refusesPathsOutsideTheSite() throws IOException, InterruptedException {
        Files.writeString(work.resolve("secret.txt"), "secret");
        assertThat(get("/../secret.txt").statusCode()).isEqualTo(404);
        assertThat(get("/%2e%2e/secret.txt").statusCode()).isEqualTo(404);
        assertThat(get("/no-such-page.html").statusCode()).isEqualTo(404);
    }

    @Test
    void rebuildsWhenAnArticleChanges() throws IOException, InterruptedException {
        Files.writeString(work.resolve("articles/a.txt"), "Second title\nSome text.\n");
        awaitVersion(2);
        assertThat(preview.state().error()).isEmpty();
        assertThat(get("/index.html").body()).contains("Second title").contains("reload.js?v=2");
    }

    @Test
    void anEditedBodyIsServedTwiceOverItsOwnPageFirstThenTheWholeSite() throws IOException, InterruptedException {
        Files.writeString(work.resolve("articles/a.txt"), "First title\nSome text.\nA second paragraph.\n");
        awaitVersion(3);
        assertThat(preview.state().error()).isEmpty();
        assertThat(get("/articles/first-title.html").body()).contains("A second paragraph.").contains("reload.js?v=3");
    }

    @Test
    void aBrokenTemplateShowsItsErrorInThePageAndTheServerKeepsRunning() throws IOException, InterruptedException {
        Path home = work.resolve("templates/home.mustache");
        String good = Files.readString(home);
        Files.writeString(home, good + "{{#unclosed}}\n");
        awaitVersion(2);
        assertThat(preview.state().error()).hasValueSatisfying(error -> assertThat(error).contains("home.mustache"));
        HttpResponse<String> page = get("/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dossier-build-error").contains("home.mustache").contains("First title");

        Files.writeString(home, good);
        awaitVersion(3);
        assertThat(preview.state().error()).isEmpty();
        assertThat(get("/index.html").body()).doesNotContain("dossier-build-error");
    }

    private void awaitVersion(long version) throws InterruptedException {
        long deadline = System.currentTimeMillis() + CHANGE_MILLIS;
        while (preview.state().version() < version && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(preview.state().version()).as("build version after the change").isGreaterThanOrEqualTo(version);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(preview.url().replaceFirst("/$", "") + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void copyTemplates(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
