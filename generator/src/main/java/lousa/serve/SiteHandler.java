package lousa.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the built site: {@code index.html} for folders (after a redirect that adds the slash, so relative links
 * work), the site's {@code 404.html} for misses, and the live-reload script added to every HTML page on the way
 * out (the files on disk stay as {@code build} writes them). Nothing is cached by the browser.
 */
final class SiteHandler implements HttpHandler {

    static final String SCRIPT = "<script src=\"/__lousa/live.js\"></script>";
    private static final byte[] NOT_BUILT = ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
            + "<title>Lousa</title><body><p>The site is not built yet: see the messages.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    private final Path root;

    /** @param root the site folder; it may not exist yet (first build failed) */
    SiteHandler(Path root) {
        this.root = root;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Optional<Path> found = Files.isDirectory(root)
                    ? RequestPaths.resolve(root.toRealPath(), rawPath) : Optional.empty();
            if (found.isPresent() && Files.isDirectory(found.get())) {
                if (!rawPath.endsWith("/")) {
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                found = Optional.of(found.get().resolve("index.html"));
            }
            if (found.isPresent() && serve(exchange, 200, found.get())) {
                return;
            }
            if (!serve(exchange, 404, root.resolve("404.html"))) {
                send(exchange, 404, "text/html; charset=utf-8", withScript(NOT_BUILT));
            }
        }
    }

    /** Sends a file; false when it is not there (a page deleted by a rebuild a moment ago is simply missing). */
    private boolean serve(HttpExchange exchange, int status, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return false;
        }
        String type = ContentTypes.of(file.getFileName().toString());
        send(exchange, status, type, type.startsWith("text/html") ? withScript(bytes) : bytes);
        return true;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    /** The page with the live-reload script before its last {@code </body>}, or at its end. */
    static byte[] withScript(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int body = text.length() - 7;
        while (body >= 0 && !text.regionMatches(true, body, "</body>", 0, 7)) {
            body--;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + SCRIPT.length());
        if (body < 0) {
            out.writeBytes(html);
            out.writeBytes(SCRIPT.getBytes(StandardCharsets.UTF_8));
        } else {
            out.writeBytes(text.substring(0, body).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(SCRIPT.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(text.substring(body).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
