package org.dossier.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders with the JDK's {@link WatchService} and runs an action once
 * a burst of changes has settled (an editor's save is often several events), telling it when the
 * burst began and which paths it named. Runs on its own thread; the action never runs twice at
 * once.
 */
final class SourceWatcher implements Closeable {

    /** Quiet time that ends a burst: short, since the edited page should be fresh within moments. */
    private static final long SETTLE_MILLIS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<SourceChange> onChange;
    private final Consumer<String> log;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Consumer<SourceChange> onChange, Consumer<String> log) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.log = log;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::run, "dossier-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, folder);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = service.take();
                long firstSeen = System.nanoTime();
                Set<Path> paths = new HashSet<>();
                boolean changed = drain(first, paths);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more, paths);
                }
                if (changed) {
                    onChange.accept(new SourceChange(firstSeen, paths));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed by close(): the preview is stopping.
        }
    }

    /**
     * Reads a key's events into {@code paths}, registering new subfolders; whether any event
     * concerns a visible file.
     */
    private boolean drain(WatchKey key, Set<Path> paths) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                relevant = true;
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            String name = child.getFileName().toString();
            // Editors' swap and backup files are not sources.
            if (name.startsWith(".") || name.endsWith("~")) {
                continue;
            }
            relevant = true;
            paths.add(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    log.accept("warning: cannot watch " + child + ": " + e.getMessage());
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
