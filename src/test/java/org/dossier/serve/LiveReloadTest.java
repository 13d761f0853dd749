package org.dossier.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveReloadTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>x</title></head><body class=\"a\">\n<main>x</main>\n</body></html>";

    @Test
    void addsTheReloadScriptWithTheBuildVersionBeforeTheEndOfTheBody() {
        assertThat(LiveReload.inject(PAGE, new BuildState(7, Optional.empty())))
                .isEqualTo("<!DOCTYPE html><html><head><title>x</title></head><body class=\"a\">\n\n<main>x</main>\n"
                        + "<script src=\"/_dossier/reload.js?v=7\"></script>\n</body></html>");
    }

    @Test
    void showsTheErrorOfAFailedBuildFirstInTheBody() {
        String html = LiveReload.inject(PAGE, new BuildState(2, Optional.of("templates/a.mustache: template: <oops>")));
        assertThat(html).contains("<body class=\"a\">\n<div id=\"dossier-build-error\" role=\"alert\">Build failed; showing the last good site.\n"
                + "templates/a.mustache: template: &lt;oops&gt;</div>\n\n<main>");
    }

    @Test
    void aPageWithoutBodyTagsStillGetsTheScript() {
        assertThat(LiveReload.inject("<p>x</p>", new BuildState(1, Optional.empty())))
                .isEqualTo("<p>x</p><script src=\"/_dossier/reload.js?v=1\"></script>\n");
    }
}
