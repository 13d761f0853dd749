package org.dossier.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Debian programs the browser tests run; a missing one fails the test with the package to install. */
final class SystemTools {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path NGINX = Path.of("/usr/sbin/nginx");

    private SystemTools() {}

    /** Fails with one line naming the package when {@code program} is not installed. */
    static Path require(Path program, String debianPackage) {
        if (!Files.isExecutable(program)) {
            throw new AssertionError(program + " is missing: run apt-get install -y " + debianPackage);
        }
        return program;
    }
}
