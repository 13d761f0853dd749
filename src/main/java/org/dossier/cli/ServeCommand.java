package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.concurrent.Callable;
import org.dossier.serve.PreviewServer;
import org.dossier.site.BuildOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dossier serve}: builds, serves on the loopback address, rebuilds and reloads on change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the dossier on 127.0.0.1, rebuilding and reloading the page when articles or templates change.")
final class ServeCommand implements Callable<Integer> {

    private static final int MAX_PORT = 65_535;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--verbose", description = "Show details and stack traces.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > MAX_PORT) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and " + MAX_PORT + ": " + port);
        }
        BuildOptions options = site.toBuildOptions();
        try (PreviewServer preview = PreviewServer.start(options, port, line -> {
            err.println(line);
            err.flush();
        })) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(preview)));
            spec.commandLine().getOut().println("Serving " + preview.url() + " (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            preview.awaitStop();
            return ExitCodes.OK;
        } catch (BindException e) {
            err.println("error: port " + port + " is in use or not allowed; try --port N");
            return ExitCodes.INPUT_ERROR;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (RuntimeException e) {
            return Failure.report(err, verbose, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    private static void close(PreviewServer preview) {
        try {
            preview.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
