package org.dossier.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;
import org.dossier.site.BuildOptions;
import org.dossier.site.IncrementalBuild;
import org.dossier.site.UpdateSummary;

/**
 * The live preview: builds the dossier, serves it on the loopback address, and updates it when the
 * articles or templates change. Updates run in this process through one {@link IncrementalBuild},
 * so only what changed is redone, an edited article's own page first, and the components loaded
 * once (models, gazetteer, compiled rules) are reused. Updates run one at a time on a thread of
 * their own; an edit saved while one runs has its own page written at once all the same, and
 * waits, merged with any other changes, for the next update. A failed build leaves the last good
 * site in place; the error goes to the log and into every served page.
 *
 * <pre>{@code
 * try (PreviewServer preview = PreviewServer.start(BuildOptions.defaults(), 8080, System.err::println)) {
 *     preview.awaitStop();
 * }
 * }</pre>
 */
public final class PreviewServer implements Closeable {

    private final BuildOptions options;
    private final IncrementalBuild build;
    private final Consumer<String> log;
    private final AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(0, Optional.empty()));
    private final HttpServer server;
    private final ExecutorService requests = Executors.newFixedThreadPool(4);
    private final ExecutorService updates = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dossier-update");
        thread.setDaemon(true);
        return thread;
    });
    /** The changes no update has taken yet, or null. */
    private final AtomicReference<SourceChange> queued = new AtomicReference<>();
    /** Whether an update runs: a change that comes meanwhile has its pages written at once. */
    private volatile boolean updating;
    private final SourceWatcher watcher;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PreviewServer(BuildOptions options, int port, Consumer<String> log) throws IOException {
        this.options = options;
        this.log = log;
        this.build = new IncrementalBuild(options);
        rebuild(new SourceChange(System.nanoTime(), Set.of()));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", new SiteHandler(options.out(), state::get));
        server.setExecutor(requests);
        this.watcher = new SourceWatcher(List.of(options.articles(), options.templates()), this::changed, log);
    }

    /**
     * Builds the site, then serves it on {@code 127.0.0.1:port} (0 picks a free port) and watches
     * the sources. A failed first build still starts the server, which shows the error.
     *
     * @throws IOException when the port cannot be opened or the folders cannot be watched
     */
    public static PreviewServer start(BuildOptions options, int port, Consumer<String> log) throws IOException {
        PreviewServer preview = new PreviewServer(options, port, log);
        try {
            preview.server.start();
            preview.watcher.start();
        } catch (RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /** The address of the home page. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The port served on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The outcome of the latest build. */
    public BuildState state() {
        return state.get();
    }

    /** Blocks until {@link #close()} is called, for instance by a shutdown hook on Ctrl-C. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Takes a settled change from the watcher: queues an update for it, or merges it into the one
     * queued. While an update runs, the edited articles' own pages are written at once.
     */
    private void changed(SourceChange change) {
        if (updating) {
            writeAhead(change);
        }
        if (queued.getAndAccumulate(change, (waiting, next) -> waiting == null ? next : waiting.and(next)) == null) {
            updates.execute(() -> rebuild(queued.getAndSet(null)));
        }
    }

    private void writeAhead(SourceChange change) {
        try {
            int pages = build.writeAhead(change.paths());
            if (pages > 0) {
                log.accept(String.format(Locale.ROOT, "Wrote %d page%s ahead in %d ms; the rest follows the running update",
                        pages, pages == 1 ? "" : "s", (System.nanoTime() - change.firstSeen()) / 1_000_000));
                state.updateAndGet(s -> new BuildState(s.version() + 1, s.error()));
            }
        } catch (RuntimeException e) {
            // The update queued for this change reads the same files and reports what is wrong.
        }
    }

    /** Brings the site up to date after {@code change}, the files it names first. */
    private synchronized void rebuild(SourceChange change) {
        long waited = (System.nanoTime() - change.firstSeen()) / 1_000_000;
        updating = true;
        try {
            // An edited article's own page is written first: reload it at once, the rest follows.
            UpdateSummary summary = build.update(change.paths(),
                    () -> state.updateAndGet(s -> new BuildState(s.version() + 1, s.error())));
            if (!summary.changed() && state.get().error().isEmpty()) {
                return;
            }
            for (Diagnostic warning : summary.warnings()) {
                log.accept("warning: " + warning);
            }
            log.accept(describe(summary, waited));
            finished(Optional.empty());
        } catch (DossierException e) {
            log.accept("error: " + e.diagnostic());
            finished(Optional.of(e.diagnostic().toString()));
        } catch (RuntimeException e) {
            // Keep serving whatever a template or article breaks; the message says what to fix.
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.accept("error: " + message);
            finished(Optional.of(message));
        } finally {
            updating = false;
        }
    }

    /** Counts a finished build, with its error if it failed. */
    private void finished(Optional<String> error) {
        state.updateAndGet(s -> new BuildState(s.version() + 1, error));
    }

    /** The update in one line, its times counted from the change that started it, then each step's. */
    static String describe(UpdateSummary summary, long waitedMillis) {
        String steps = summary.stageMillis().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue() / 1000.0))
                .collect(Collectors.joining(", ", " (", ")"));
        if (summary.firstPagesMillis().isEmpty()) {
            return String.format(Locale.ROOT, "Built %d articles: %d files in %.1f s", summary.articles(),
                    summary.filesWritten(), (waitedMillis + summary.millis()) / 1000.0) + steps;
        }
        return String.format(Locale.ROOT, "Rebuilt %d article%s: page in %d ms, %d files written and %d deleted in %.2f s",
                summary.articlesChanged(), summary.articlesChanged() == 1 ? "" : "s",
                waitedMillis + summary.firstPagesMillis().getAsLong(), summary.filesWritten(), summary.filesDeleted(),
                (waitedMillis + summary.millis()) / 1000.0) + steps;
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        requests.shutdownNow();
        watcher.close();
        updates.shutdownNow();
        stopped.countDown();
    }
}
