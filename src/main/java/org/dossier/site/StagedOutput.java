package org.dossier.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;
import org.dossier.render.PageSink;

/**
 * Writes a site into a staging folder beside the output and swaps it in at the end, so the
 * previous site is never lost: when a build fails or is killed, the old site is still at the
 * output path, or beside it ({@code .NAME.previous}) and put back by the next build.
 *
 * <p>It only ever replaces or deletes folders that carry its marker file {@value #MARKER}.
 */
public final class StagedOutput implements PageSink {

    /** The marker file that says a folder was written by Dossier. */
    public static final String MARKER = ".dossier";

    private final Path out;
    private final Path staging;
    private final Path previous;
    private final AtomicInteger files = new AtomicInteger();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private StagedOutput(Path out) {
        this.out = out.toAbsolutePath().normalize();
        String name = this.out.getFileName().toString();
        this.staging = this.out.resolveSibling("." + name + ".staging");
        this.previous = this.out.resolveSibling("." + name + ".previous");
    }

    /**
     * Prepares a staged write to {@code out}: restores a site an interrupted build left beside it,
     * refuses an output folder that is not Dossier's, and clears stale staging.
     */
    public static StagedOutput open(Path out) {
        StagedOutput output = new StagedOutput(out);
        output.recover();
        output.checkOwnership();
        output.checkStagingOwnership();
        try {
            deleteTree(output.staging);
            Files.createDirectories(output.staging);
            Files.writeString(output.staging.resolve(MARKER), "Written by Dossier; safe to delete.\n");
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(output.staging, "cannot prepare output: " + e.getMessage()), e);
        }
        return output;
    }

    @Override
    public void write(String path, byte[] content) {
        write(path, target -> Files.write(target, content));
    }

    /** Writes the parts one after another, so the file's bytes are never held whole. */
    @Override
    public void write(String path, Iterable<String> parts) {
        write(path, target -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                for (String part : parts) {
                    out.write(part.getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }

    private void write(String path, FileWriter writer) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("Output path escapes the site: " + path);
        }
        try {
            Path folder = target.getParent();
            // Thousands of pages share a few folders: each is made once, not asked for at every page.
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            writer.write(target);
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(target, "cannot write: " + e.getMessage()), e);
        }
        files.incrementAndGet();
    }

    /** Writes one file's content at its path in the staging folder. */
    @FunctionalInterface
    private interface FileWriter {
        void write(Path target) throws IOException;
    }

    /** The number of files written so far. */
    public int filesWritten() {
        return files.get();
    }

    /** Puts the staged site in place of the old one. */
    public void commit() {
        try {
            if (Files.exists(out)) {
                move(out, previous);
            }
            move(staging, out);
            deleteTree(previous);
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(out, "cannot replace the output: " + e.getMessage()), e);
        }
    }

    /**
     * Writes a whole site into {@code out} through {@code writer}, staged and then put in place.
     * When the writer or the swap fails in any way, running out of memory included, the staged
     * files are dropped and the old site stays as it was. Returns the number of files written.
     */
    public static int write(Path out, Consumer<PageSink> writer) {
        StagedOutput output = open(out);
        try {
            writer.accept(output);
            output.commit();
        } catch (RuntimeException | Error e) {
            try {
                output.abandon();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return output.filesWritten();
    }

    /** Drops the staged files, leaving the old site as it was. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recover() {
        try {
            if (!Files.exists(out) && Files.isDirectory(previous)) {
                move(previous, out);
            } else if (Files.isDirectory(previous) && Files.exists(previous.resolve(MARKER))) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(previous, "cannot restore the previous site: " + e.getMessage()), e);
        }
    }

    private void checkOwnership() {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new DossierException(Diagnostic.of(out, "output is a file, not a folder; refusing to replace it"));
        }
        if (Files.exists(out.resolve(MARKER)) || isEmpty(out)) {
            return;
        }
        throw new DossierException(Diagnostic.of(out,
                "output folder is not empty and was not written by Dossier (no " + MARKER + " file); refusing to replace it"));
    }

    /** The staging folder is deleted before use: only when it is one a build of ours left. */
    private void checkStagingOwnership() {
        if (Files.exists(staging, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !(Files.isDirectory(staging, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && (Files.exists(staging.resolve(MARKER)) || isEmpty(staging)))) {
            throw new DossierException(Diagnostic.of(staging, "the build's staging folder exists and was not written by "
                    + "Dossier (no " + MARKER + " file); refusing to delete it"));
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree without following symbolic links out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("cannot delete " + dir + ": not empty", e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
