package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsEachProblemOnALineUnderTheFolderAsGivenAndFails() throws URISyntaxException {
        String site = fixture("broken-links");
        assertThat(run("check", site)).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(out.toString().lines())
                .hasSize(7)
                .contains(site + "/index.html: broken link people/nobody.html")
                .allMatch(line -> line.startsWith(site + "/"));
        assertThat(err.toString()).contains("7 problems");
    }

    @Test
    void aCleanSitePassesSilently() throws URISyntaxException {
        assertThat(run("check", fixture("clean"))).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFolderIsAnInputError() {
        assertThat(run("check", "no-such-site")).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(err.toString()).isEqualTo("error: no-such-site: not a folder" + System.lineSeparator());
    }

    @Test
    void anEmptyFolderHoldsNoSiteAndFails(@TempDir Path folder) {
        assertThat(run("check", folder.toString())).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("error: " + folder + ": holds no Dossier site (no index.html, no .dossier marker)"
                + System.lineSeparator());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("check", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("serve", "--port", "eighty")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("serve", "--port", "70000")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--port must be between 0 and 65535: 70000");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String fixture(String name) throws URISyntaxException {
        Path site = Path.of(CheckCommandTest.class.getResource("/site-checker/" + name + "/site").toURI());
        return Path.of("").toAbsolutePath().relativize(site).toString().replace('\\', '/');
    }
}
