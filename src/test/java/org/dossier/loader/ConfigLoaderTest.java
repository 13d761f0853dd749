package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    @TempDir
    Path articles;

    private final Diagnostics warnings = new Diagnostics();
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutASettingsFileTheDefaultsApply() {
        assertThat(loader.load(articles, warnings)).isEqualTo(DossierConfig.defaults());
        assertThat(warnings.sorted()).isEmpty();
    }

    @Test
    void readsEveryKey() throws IOException {
        write("title: Korea watch\ndescription: Clippings on the peninsula\nbase_url: https://example.org/dossier\n"
                + "public: true\n");

        assertThat(loader.load(articles, warnings)).isEqualTo(new DossierConfig("Korea watch",
                Optional.of("Clippings on the peninsula"), Optional.of("https://example.org/dossier/"), true));
    }

    @Test
    void baseUrlEndingWithASlashIsKept() throws IOException {
        write("base_url: http://localhost:8080/\n");

        assertThat(loader.load(articles, warnings).baseUrl()).contains("http://localhost:8080/");
    }

    @Test
    void emptyFileGivesTheDefaults() throws IOException {
        write("# nothing set yet\n");

        assertThat(loader.load(articles, warnings)).isEqualTo(DossierConfig.defaults());
    }

    @Test
    void everySpellingOfNullGivesTheDefault() throws IOException {
        write("title: ~\ndescription: Null\nbase_url: NULL\npublic: ~\n");

        assertThat(loader.load(articles, warnings)).isEqualTo(DossierConfig.defaults());
        assertThat(warnings.sorted()).isEmpty();
    }

    @Test
    void quotedTildeIsAText() throws IOException {
        write("title: \"~\"\n");

        assertThat(loader.load(articles, warnings).title()).isEqualTo("~");
    }

    @Test
    void unknownKeyIsWarnedAboutWithItsLine() throws IOException {
        write("title: T\ncolour: blue\n");

        assertThat(loader.load(articles, warnings).title()).isEqualTo("T");
        assertThat(warnings.sorted()).containsExactly(
                Diagnostic.at(file(), 2, "settings: unknown key 'colour'; ignored"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            base_url: ftp://example.org/        | 1: settings: 'base_url' must be an absolute http or https address: ftp://example.org/
            base_url: /dossier/                 | 1: settings: 'base_url' must be an absolute http or https address: /dossier/
            base_url: https://exa mple.org/     | 1: settings: 'base_url' must be an absolute http or https address: https://exa mple.org/
            base_url: 'https://ex.com/?q=1'     | 1: settings: 'base_url' cannot have a query or fragment: https://ex.com/?q=1
            base_url: https://ex.com/#top       | 1: settings: 'base_url' cannot have a query or fragment: https://ex.com/#top
            base_url: https://me:pw@ex.com/     | 1: settings: 'base_url' cannot hold a user name or password: every page would show it
            base_url: https://ex.com:99999/     | 1: settings: 'base_url' has no such port: 99999
            public: yes                         | 1: settings: 'public' must be true or false, found a text: yes
            title: [a, b]                       | 1: settings: 'title' must be a text, found a list
            - just a list                       | 1: settings: expected keys and values, found a list
            title: a\\ntitle: b                 | 2: settings: duplicate key 'title'
            title: ok\\n  bad: indentation      | 2: settings: mapping values are not allowed here
            title: &t T\\ndescription: *t     | 2: settings: aliases (*t) are not allowed
            """)
    void invalidSettingsFailWithFileAndLine(String yaml, String expected) throws IOException {
        write(yaml.replace("\\n", "\n"));

        DossierException error = catchThrowableOfType(DossierException.class, () -> loader.load(articles, warnings));

        assertThat(error).as("error").isNotNull();
        assertThat(error.diagnostic().toString()).isEqualTo(file() + ":" + expected);
    }

    @Test
    void nestingThatWouldOverflowTheStackFailsWithFileAndLine() throws IOException {
        write("title: T\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");

        DossierException error = catchThrowableOfType(DossierException.class, () -> loader.load(articles, warnings));

        assertThat(error).as("error").isNotNull();
        assertThat(error.diagnostic().toString()).isEqualTo(file() + ":2: settings: nested too deeply");
    }

    private Path file() {
        return articles.resolve("dossier.yml");
    }

    private void write(String yaml) throws IOException {
        Files.writeString(file(), yaml);
    }
}
