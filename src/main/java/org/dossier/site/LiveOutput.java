package org.dossier.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;

/**
 * The output folder of a live build, which remembers the bytes of every file it wrote so that an
 * update rewrites only the files whose bytes changed. The first site goes in through
 * {@link StagedOutput}, with its ownership checks; after that files are replaced one by one, each
 * atomically (written beside, then moved over), so a server reading the folder never sees half a
 * page. Not thread-safe: one update at a time.
 */
final class LiveOutput {

    private final Path out;
    /** What is on disk, by path inside the site; empty until the first site is in place. */
    private final Map<String, byte[]> onDisk = new ConcurrentHashMap<>();
    private boolean owned;

    LiveOutput(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /**
     * What replacing the site did.
     *
     * @param written the files written
     * @param deleted the files deleted
     */
    record Changes(int written, int deleted) {}

    /** Whether a site is in place that later writes can update file by file. */
    boolean hasSite() {
        return owned;
    }

    /** Writes one file ahead of the rest of an update, such as an edited article's own page. */
    void write(String path, byte[] content) {
        if (!owned) {
            throw new IllegalStateException("No site in place yet");
        }
        replace(path, content);
    }

    /**
     * Makes the folder hold exactly {@code pages} (plus the marker file): the first time through a
     * staged swap, later by rewriting the files whose bytes differ and deleting those no longer
     * produced.
     */
    Changes replaceAll(Map<String, byte[]> pages) {
        if (!owned) {
            StagedOutput staged = StagedOutput.open(out);
            try {
                new TreeMap<>(pages).forEach(staged::write);
                staged.commit();
            } catch (RuntimeException e) {
                staged.abandon();
                throw e;
            }
            onDisk.clear();
            onDisk.putAll(pages);
            owned = true;
            return new Changes(pages.size(), 0);
        }
        List<String> changed = pages.entrySet().stream()
                .filter(e -> !Arrays.equals(onDisk.get(e.getKey()), e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        List<String> gone = onDisk.keySet().stream().filter(path -> !pages.containsKey(path)).sorted().toList();
        changed.parallelStream().forEach(path -> replace(path, pages.get(path)));
        gone.forEach(this::delete);
        return new Changes(changed.size(), gone.size());
    }

    private void replace(String path, byte[] content) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, content);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(target, "cannot write: " + e.getMessage()), e);
        }
        onDisk.put(path, content);
    }

    private void delete(String path) {
        Path target = resolve(path);
        try {
            Files.deleteIfExists(target);
            onDisk.remove(path);
            for (Path folder = target.getParent(); !folder.equals(out) && isEmpty(folder); folder = folder.getParent()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(target, "cannot delete: " + e.getMessage()), e);
        }
    }

    private Path resolve(String path) {
        Path target = out.resolve(path).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            throw new IllegalArgumentException("Output path escapes the site: " + path);
        }
        return target;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
