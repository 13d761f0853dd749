package org.dossier.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;
import org.dossier.parallel.Parallel;
import org.dossier.render.PageSink;

/**
 * The output folder of a live build, which remembers a digest of every file it wrote so that an
 * update rewrites only the files whose bytes changed, and can keep a file of the last site that
 * a render knows unchanged without rendering it. It keeps digests, not bytes, and writes a
 * changed file as soon as it is rendered, so no update holds a whole site in memory. The first
 * site goes in through {@link StagedOutput}, with its ownership checks; after that each file is
 * written beside its target and moved over it once the whole site has rendered, so a server
 * reading the folder never sees half a page and a failed render changes nothing. One update at a
 * time; pages written ahead may come from another thread meanwhile.
 */
final class LiveOutput {

    private final Path out;
    /** The SHA-256 of what is on disk, by path inside the site; empty until the first site is in place. */
    private final Map<String, String> onDisk = new ConcurrentHashMap<>();
    /** The SHA-256 of every file of the last revision put in place, by path: what a revision can keep. */
    private volatile Map<String, String> applied = Map.of();
    private volatile boolean owned;

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

    /**
     * A site rendered but not yet in place: the digest of every file, and each file whose bytes
     * differ from the folder's written beside its target as a hidden temporary file; the first
     * site goes to a staging folder instead. Filled in parallel by the renderer.
     */
    final class Revision implements PageSink {

        private final Map<String, String> digests = new ConcurrentHashMap<>();
        private final Map<String, Path> pending = new ConcurrentHashMap<>();
        /** Where the first site goes; null once a site is in place. */
        private final StagedOutput staged;

        private Revision(StagedOutput staged) {
            this.staged = staged;
        }

        @Override
        public void write(String path, byte[] content) {
            String digest = digest(content);
            digests.put(path, digest);
            if (staged != null) {
                staged.write(path, content);
            } else if (!digest.equals(onDisk.get(path))) {
                pending.put(path, beside(resolve(path), content));
            }
        }

        /** Keeps the last revision's file at {@code path} if the folder still holds it as that revision wrote it. */
        @Override
        public boolean keep(String path) {
            String digest = applied.get(path);
            if (staged != null || digest == null || !digest.equals(onDisk.get(path))) {
                return false;
            }
            digests.put(path, digest);
            return true;
        }

        /** Removes what the revision wrote that is not in place. */
        private void discard() {
            if (staged != null) {
                staged.abandon();
                return;
            }
            pending.values().forEach(LiveOutput.this::deleteTemporary);
        }
    }

    /** Whether a site is in place that later writes can update file by file. */
    boolean hasSite() {
        return owned;
    }

    /** Writes one file ahead of the rest of an update, such as an edited article's own page. */
    void write(String path, byte[] content) {
        if (!owned) {
            throw new IllegalStateException("No site in place yet");
        }
        place(path, beside(resolve(path), content), digest(content));
    }

    /**
     * Renders a whole site through {@code render} into a revision of this folder, which
     * {@link #apply} puts in place. A render that fails leaves the folder as it was.
     */
    Revision render(Consumer<PageSink> render) {
        Revision revision = new Revision(owned ? null : StagedOutput.open(out));
        try {
            render.accept(revision);
        } catch (RuntimeException | Error e) {
            revision.discard();
            throw e;
        }
        return revision;
    }

    /**
     * Makes the folder hold exactly the files of {@code revision} (plus the marker file): the
     * first time by swapping in its staging folder, later by moving its changed files over their
     * targets and deleting the files no longer produced. The files in {@code newer} were written
     * ahead from sources newer than the revision's: they stay as they are, for the next update.
     */
    Changes apply(Revision revision, Set<String> newer) {
        try {
            if (revision.staged != null) {
                revision.staged.commit();
                onDisk.putAll(revision.digests);
                applied = Map.copyOf(revision.digests);
                owned = true;
                return new Changes(revision.digests.size(), 0);
            }
            newer.stream().map(revision.pending::remove).filter(Objects::nonNull).forEach(this::deleteTemporary);
            Parallel.forEach(revision.pending.keySet().stream().sorted().toList(),
                    path -> place(path, revision.pending.get(path), revision.digests.get(path)));
        } catch (RuntimeException | Error e) {
            revision.discard();
            throw e;
        }
        List<String> gone = onDisk.keySet().stream().filter(path -> !revision.digests.containsKey(path)).sorted().toList();
        gone.forEach(this::delete);
        applied = Map.copyOf(revision.digests);
        return new Changes(revision.pending.size(), gone.size());
    }

    /** A hidden temporary file beside {@code target} that holds {@code content}. */
    private static Path beside(Path target, byte[] content) {
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(temporary, content);
            return temporary;
        } catch (IOException e) {
            throw cannotWrite(target, temporary, e);
        }
    }

    /** Moves {@code temporary} over the file at {@code path}, or deletes it if that fails. */
    private void place(String path, Path temporary, String digest) {
        Path target = resolve(path);
        try {
            move(temporary, target);
        } catch (IOException e) {
            throw cannotWrite(target, temporary, e);
        }
        onDisk.put(path, digest);
    }

    /** The error of a failed write to {@code target}, once its temporary file, if any, is deleted. */
    private static DossierException cannotWrite(Path target, Path temporary, IOException failure) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return new DossierException(Diagnostic.of(target, "cannot write: " + failure.getMessage()), failure);
    }

    private void delete(String path) {
        Path target = resolve(path);
        try {
            Files.deleteIfExists(target);
            onDisk.remove(path);
            deleteEmptyFolders(target.getParent());
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(target, "cannot delete: " + e.getMessage()), e);
        }
    }

    /** Deletes a temporary file a revision wrote, and the folders made for it. */
    private void deleteTemporary(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
            deleteEmptyFolders(temporary.getParent());
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(temporary, "cannot delete: " + e.getMessage()), e);
        }
    }

    /** Deletes {@code folder} and the folders above it, up to the site's, while they are empty. */
    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path f = folder; !f.equals(out) && isEmpty(f); f = f.getParent()) {
            Files.delete(f);
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

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
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
