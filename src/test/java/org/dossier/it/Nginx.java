package org.dossier.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx serving a folder under {@code /dossier/} on a free loopback port, as the current
 * user, with its configuration, pid, logs and temporary files in a folder of its own, in the
 * foreground ({@code daemon off}) so that closing it stops it.
 */
final class Nginx implements AutoCloseable {

    /** The sub-path the site is served under. */
    static final String PREFIX = "/dossier/";

    private static final long START_MILLIS = 15_000;

    private final Process process;
    private final int port;
    private final Path work;

    private Nginx(Process process, int port, Path work) {
        this.process = process;
        this.port = port;
        this.work = work;
    }

    /** Starts nginx serving {@code site}, with its own files in {@code work}. */
    static Nginx serve(Path site, Path work) {
        Path nginx = SystemTools.require(SystemTools.NGINX, "nginx");
        try {
            Files.createDirectories(work.resolve("logs"));
            int port = freePort();
            Path config = work.resolve("nginx.conf");
            Files.writeString(config, config(site.toAbsolutePath(), work.toAbsolutePath(), port), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(nginx.toString(), "-p", work.toAbsolutePath() + "/",
                    "-e", work.resolve("logs/error.log").toAbsolutePath().toString(), "-c", config.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("logs/stdout.log").toFile())
                    .start();
            Nginx server = new Nginx(process, port, work);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site's root, ending in {@code /}. */
    String root() {
        return "http://127.0.0.1:" + port + PREFIX;
    }

    private static String config(Path site, Path work, int port) {
        boolean root = new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        // As root, nginx would hand its workers to "nobody", who cannot read a private temp folder.
        String user = root ? "user " + System.getProperty("user.name") + ";\n" : "";
        return user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 64; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    types {
                        text/html html;
                        text/css css;
                        text/javascript js;
                        application/json json;
                        application/xml xml;
                        text/plain txt;
                        image/png png;
                        image/svg+xml svg;
                    }
                    default_type application/octet-stream;
                    charset utf-8;
                    charset_types text/css text/javascript application/json application/xml text/plain;
                    server {
                        listen 127.0.0.1:%2$d;
                        location %3$s {
                            alias %4$s/;
                        }
                    }
                }
                """.formatted(work, port, PREFIX, site);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx stopped at start: " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new AssertionError("nginx did not listen on port " + port + ": " + log());
    }

    private String log() throws IOException {
        Path errors = work.resolve("logs/error.log");
        Path stdout = work.resolve("logs/stdout.log");
        return (Files.exists(errors) ? Files.readString(errors) : "") + (Files.exists(stdout) ? Files.readString(stdout) : "");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for nginx", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
