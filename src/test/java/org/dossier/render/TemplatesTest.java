package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.diagnostic.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @TempDir
    Path folder;

    private Templates with(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
        return Templates.fromFolder(folder);
    }

    @Test
    void unclosedSectionNamesFileAndLine() throws IOException {
        Templates templates = with("article.mustache", "<h1>{{title}}</h1>\n\n{{#tags}}\n<p>x</p>\n");
        assertThatThrownBy(() -> templates.template("article.mustache"))
                .isInstanceOf(DossierException.class)
                .hasMessage(folder.resolve("article.mustache") + ":3: template: Failed to close 'tags' tag");
    }

    @Test
    void mismatchedSectionNamesFileAndLine() throws IOException {
        Templates templates = with("article.mustache", "a\n{{#a}}\n{{/b}}\n");
        assertThatThrownBy(() -> templates.template("article.mustache"))
                .isInstanceOf(DossierException.class)
                .hasMessage(folder.resolve("article.mustache") + ":3: template: Mismatched start/end tags: a != b");
    }

    @Test
    void errorInAPartialNamesThePartial() throws IOException {
        Files.writeString(folder.resolve("part.mustache"), "ok\n{{broken\n");
        Templates templates = with("page.mustache", "{{>part.mustache}}\n");
        assertThatThrownBy(() -> templates.template("page.mustache"))
                .isInstanceOf(DossierException.class)
                .hasMessage(folder.resolve("part.mustache") + ":2: template: Improperly closed variable");
    }

    @Test
    void unknownPartialNamesTheTemplate() throws IOException {
        Templates templates = with("page.mustache", "a\n{{>nowhere.mustache}}\n");
        assertThatThrownBy(() -> templates.template("page.mustache"))
                .isInstanceOf(DossierException.class)
                .hasMessage(folder.resolve("page.mustache") + ":2: template: partial 'nowhere' not found: no "
                        + folder.resolve("nowhere.mustache") + " and no default of that name");
    }

    @Test
    void aFolderWithoutAFileFallsBackToTheDefault() {
        Templates templates = Templates.fromFolder(folder);
        assertThat(new String(templates.bytes("style.css"), java.nio.charset.StandardCharsets.UTF_8)).contains("@media print");
    }

    @Test
    void aFileInNeitherPlaceIsAnError() {
        assertThatThrownBy(() -> Templates.defaults().bytes("nothing.css"))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("nothing.css");
    }
}
