package org.dossier.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.site.BuildOptions;
import org.dossier.site.BuildSummary;
import org.dossier.site.Progress;
import org.dossier.site.SiteBuilder;

/**
 * The live preview: builds the dossier, serves it on the loopback address, and rebuilds when the
 * articles or templates change. Rebuilds run in this process with the same {@link SiteBuilder}, so
 * the components it loaded once (models, gazetteer, compiled rules) are reused. A failed build
 * leaves the last good site in place; the error goes to the log and into every served page.
 *
 * <pre>{@code
 * try (PreviewServer preview = PreviewServer.start(BuildOptions.defaults(), 8080, System.err::println)) {
 *     preview.awaitStop();
 * }
 * }</pre>
 */
public final class PreviewServer implements Closeable {

    private final BuildOptions options;
    private final SiteBuilder builder = new SiteBuilder();
    private final Consumer<String> log;
    private final AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(0, Optional.empty()));
    private final HttpServer server;
    private final ExecutorService requests = Executors.newFixedThreadPool(4);
    private final SourceWatcher watcher;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The digest of the sources the latest build read; guarded by this. */
    private String built = "";

    private PreviewServer(BuildOptions options, int port, Consumer<String> log) throws IOException {
        this.options = options;
        this.log = log;
        rebuild();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", new SiteHandler(options.out(), state::get));
        server.setExecutor(requests);
        this.watcher = new SourceWatcher(List.of(options.articles(), options.templates()), this::rebuild, log);
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

    private synchronized void rebuild() {
        String sources = SourceFingerprint.of(List.of(options.articles(), options.templates()));
        if (sources.equals(built)) {
            return;
        }
        built = sources;
        long version = state.get().version() + 1;
        try {
            Diagnostics warnings = new Diagnostics();
            BuildSummary summary = builder.build(options, warnings, Progress.NONE);
            for (Diagnostic warning : summary.warnings()) {
                log.accept("warning: " + warning);
            }
            log.accept(String.format(Locale.ROOT, "Built %d articles in %.1f s", summary.articles(), summary.millis() / 1000.0));
            state.set(new BuildState(version, Optional.empty()));
        } catch (DossierException e) {
            log.accept("error: " + e.diagnostic());
            state.set(new BuildState(version, Optional.of(e.diagnostic().toString())));
        } catch (RuntimeException e) {
            // Keep serving whatever a template or article breaks; the message says what to fix.
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.accept("error: " + message);
            state.set(new BuildState(version, Optional.of(message)));
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        requests.shutdownNow();
        watcher.close();
        stopped.countDown();
    }
}
