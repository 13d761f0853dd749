package org.dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves the files of the output folder, adding {@link LiveReload} to HTML pages, and answers the
 * version endpoint. Thread-safe: it reads only the current {@link BuildState}.
 */
final class SiteHandler implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final Supplier<BuildState> state;

    SiteHandler(Path root, Supplier<BuildState> state) {
        this.root = root.toAbsolutePath().normalize();
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            BuildState current = state.get();
            if (path.equals(LiveReload.VERSION_PATH)) {
                send(exchange, 200, TYPES.get("txt"), Long.toString(current.version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(LiveReload.SCRIPT_PATH)) {
                send(exchange, 200, TYPES.get("js"), LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            serveFile(exchange, path, current);
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath, BuildState current) throws IOException {
        String relative = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8).replaceFirst("^/+", "");
        Path file = root.resolve(relative).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            if (current.error().isPresent() && (type.startsWith("text/html") || relative.isEmpty())) {
                send(exchange, 500, TYPES.get("html"), LiveReload.errorPage(current).getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, TYPES.get("txt"), ("Not found: " + rawPath + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // The rebuild swapped the site between the check and the read.
            send(exchange, 503, TYPES.get("txt"), "Rebuilding; reload in a moment\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (type.startsWith("text/html")) {
            body = LiveReload.inject(new String(body, StandardCharsets.UTF_8), current).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, type, body);
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
