package org.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.dossier.diagnostic.DossierException;
import org.dossier.loader.DossierConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://example.org, https://example.org/",
        "https://example.org/dossier, https://example.org/dossier/",
        "http://127.0.0.1:8080/a/b/, http://127.0.0.1:8080/a/b/",
        "' https://example.org/x ', https://example.org/x/",
    })
    void endsInASlash(String text, String expected) {
        assertThat(BaseUrl.of(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example.org", "/dossier/", "ftp://example.org/", "https://example.org/?a=1",
        "https://example.org/#top", "https://exa mple.org/", "file:///tmp/site/", "https://user:secret@example.org/",
        "https://user@example.org/", "https://example.org:65536/", "https://example.org:0/"})
    void refusesWhatIsNotAnAbsoluteWebAddress(String text) {
        assertThatThrownBy(() -> BaseUrl.of(text)).isInstanceOf(DossierException.class).hasMessageContaining(text.strip());
    }

    @Test
    void theCommandLineOverridesTheConfiguration() {
        DossierConfig config = new DossierConfig("D", Optional.empty(), Optional.of("https://a.example/"), true);
        assertThat(BaseUrl.override(config, Optional.of("https://b.example/x")).baseUrl()).contains("https://b.example/x/");
        assertThat(BaseUrl.override(config, Optional.empty()).baseUrl()).contains("https://a.example/");
        assertThat(BaseUrl.override(DossierConfig.defaults(), Optional.empty()).baseUrl()).isEmpty();
    }

    @Test
    void resolvesSitePaths() {
        assertThat(BaseUrl.of("https://example.org/d").resolve("articles/x.html")).isEqualTo("https://example.org/d/articles/x.html");
    }
}
