package org.dossier.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;

/**
 * Refuses an output folder that overlaps the articles folder. A site written inside the articles
 * folder is read back as articles by the next build; an articles folder inside the output folder
 * is deleted when the site is replaced. Folders are compared as they are on disk, symbolic links
 * followed.
 */
final class SeparateFolders {

    private SeparateFolders() {}

    /** Throws when the output folder of {@code options} is, holds or lies inside its articles folder. */
    static void check(BuildOptions options) {
        Path articles = real(options.articles());
        Path out = real(options.out());
        if (out.equals(articles)) {
            throw refusal(options, "output folder is the articles folder; refusing to replace it");
        }
        if (out.startsWith(articles)) {
            throw refusal(options, "output folder is inside the articles folder " + slashed(options.articles())
                    + "; refusing to write the site where the next build would read it as articles");
        }
        if (articles.startsWith(out)) {
            throw refusal(options, "output folder holds the articles folder " + slashed(options.articles())
                    + "; refusing to replace it");
        }
    }

    private static DossierException refusal(BuildOptions options, String message) {
        return new DossierException(Diagnostic.of(options.out(), message));
    }

    private static String slashed(Path folder) {
        return folder.toString().replace('\\', '/');
    }

    /** The path with its longest existing part resolved on disk, the rest as written. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
