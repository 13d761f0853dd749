package org.dossier.loader;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;

/**
 * Finds the article files of an articles folder, recursively, sorted by their path inside it.
 * Dot-files and dot-folders are ignored, so are the dossier's own settings files; other files,
 * symbolic links that leave the folder, broken links, links to folders and links to a file read
 * already are skipped with a warning. Links are never followed out of the folder.
 */
final class ArticleFiles {

    private static final Set<String> SETTINGS_FILES = Set.of("dossier.yml", "entities.yml");

    private ArticleFiles() {}

    /** Whether a file name has an article extension. */
    static boolean isArticleName(String name) {
        return ArticleFormat.of(name).isPresent();
    }

    /** The article files under {@code folder}, sorted by their {@code /}-separated relative path. */
    static List<Path> list(Path folder, Diagnostics warnings) {
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(folder, "cannot read the articles folder: " + e.getMessage()), e);
        }
        List<Path> found = new ArrayList<>();
        Set<Path> links = new HashSet<>();
        try {
            // Walk the real folder, so that an articles folder that is itself a link still works.
            Files.walkFileTree(realFolder, new Finder(folder, realFolder, found, links, warnings));
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(folder, "cannot list articles: " + e.getMessage()), e);
        }
        found.sort((a, b) -> relativeName(folder, a).compareTo(relativeName(folder, b)));
        return links.isEmpty() ? List.copyOf(found) : withoutSecondCopies(found, links, warnings);
    }

    /**
     * {@code files} without the symbolic links ({@code links}, among them) to a file already among
     * them: a link to another article of the folder would publish it twice. Of several links to one
     * file outside the list, the first by path is kept.
     */
    private static List<Path> withoutSecondCopies(List<Path> files, Set<Path> links, Diagnostics warnings) {
        Map<Path, Path> byTarget = new HashMap<>();
        for (Path file : files) {
            if (!links.contains(file)) {
                byTarget.put(realPath(file), file);
            }
        }
        List<Path> kept = new ArrayList<>();
        for (Path file : files) {
            if (!links.contains(file)) {
                kept.add(file);
                continue;
            }
            Path first = byTarget.putIfAbsent(realPath(file), file);
            if (first == null) {
                kept.add(file);
            } else {
                warnings.warn(Diagnostic.of(file, "symbolic link to " + first.getFileName() + ", read already; skipped"));
            }
        }
        return List.copyOf(kept);
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(file, "cannot read: " + e.getMessage()), e);
        }
    }

    /** The path of {@code file} inside {@code folder}, with {@code /} separators. */
    static String relativeName(Path folder, Path file) {
        Path relative = folder.relativize(file);
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static final class Finder extends SimpleFileVisitor<Path> {
        private final Path folder;
        private final Path realFolder;
        private final List<Path> found;
        private final Set<Path> links;
        private final Diagnostics warnings;

        Finder(Path folder, Path realFolder, List<Path> found, Set<Path> links, Diagnostics warnings) {
            this.folder = folder;
            this.realFolder = realFolder;
            this.found = found;
            this.links = links;
            this.warnings = warnings;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean hidden = !dir.equals(realFolder) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path realPath, BasicFileAttributes attrs) {
            Path file = shown(realPath);
            String name = file.getFileName().toString();
            if (name.startsWith(".") || SETTINGS_FILES.contains(name.toLowerCase(Locale.ROOT))) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                visitLink(file, name);
            } else if (!attrs.isRegularFile()) {
                warnings.warn(Diagnostic.of(file, "not a regular file; skipped"));
            } else if (isArticleName(name)) {
                found.add(file);
            } else {
                warnings.warn(Diagnostic.of(file, "not an article (.md, .markdown or .txt); skipped"));
            }
            return FileVisitResult.CONTINUE;
        }

        private void visitLink(Path link, String name) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (NoSuchFileException broken) {
                warnings.warn(Diagnostic.of(link, "broken symbolic link; skipped"));
                return;
            } catch (IOException e) {
                warnings.warn(Diagnostic.of(link, "cannot resolve symbolic link: " + e.getMessage() + "; skipped"));
                return;
            }
            if (!target.startsWith(realFolder)) {
                warnings.warn(Diagnostic.of(link, "symbolic link points outside the articles folder; skipped"));
            } else if (!Files.isRegularFile(target)) {
                warnings.warn(Diagnostic.of(link, "symbolic link to a folder or special file; skipped"));
            } else if (isArticleName(name)) {
                found.add(link);
                links.add(link);
            } else {
                warnings.warn(Diagnostic.of(link, "not an article (.md, .markdown or .txt); skipped"));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path realPath, IOException e) {
            warnings.warn(Diagnostic.of(shown(realPath), "cannot read: " + e.getMessage() + "; skipped"));
            return FileVisitResult.CONTINUE;
        }

        /** A path under the real folder, as users name it: under the folder they gave. */
        private Path shown(Path realPath) {
            return folder.resolve(realFolder.relativize(realPath).toString());
        }
    }
}
