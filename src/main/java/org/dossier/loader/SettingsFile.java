package org.dossier.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;

/**
 * Decides whether a settings file of the articles folder ({@code dossier.yml},
 * {@code entities.yml}) is to be read: it must be a regular file, and a symbolic link must not lead
 * out of the folder, as no link is followed out of it.
 */
public final class SettingsFile {

    private SettingsFile() {}

    /** Whether {@code file} exists and may be read; a link out of its folder is skipped with a warning. */
    public static boolean readable(Path file, Diagnostics warnings) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            Path folder = file.toAbsolutePath().getParent().toRealPath();
            if (file.toRealPath().startsWith(folder)) {
                return true;
            }
        } catch (IOException e) {
            warnings.warn(Diagnostic.of(file, "cannot resolve symbolic link: " + e.getMessage() + "; skipped"));
            return false;
        }
        warnings.warn(Diagnostic.of(file, "symbolic link points outside the articles folder; skipped"));
        return false;
    }
}
