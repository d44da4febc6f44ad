package lousa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lousa.build.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} end to end on a free port: a save rebuilds and the page changes, a broken save keeps the server up
 * and is reported through the event stream until a good save clears it, and nothing outside the site is served.
 * Waits are bounded by deadlines on the event stream, never by sleeping.
 */
class PreviewTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private Preview preview;
    private Path lesson;

    @BeforeEach
    void start() throws Exception {
        Path content = dir.resolve("content");
        lesson = content.resolve("aula.md");
        Files.createDirectories(content);
        Files.writeString(lesson, "# Aula\n\nPrimeira versão.\n");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        preview = Preview.start(new BuildOptions(content, null, false, null, true),
                "127.0.0.1", 0, quiet, quiet);
        HttpRequest request = HttpRequest.newBuilder(preview.uri().resolve("/__lousa/events")).build();
        HttpResponse<Stream<String>> stream = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("content-type").orElse(""));
        Thread reader = new Thread(() -> {
            try {
                stream.body().filter(l -> l.startsWith("data: ")).forEach(l -> events.add(l.substring(6)));
            } catch (java.io.UncheckedIOException e) {
                // the server stopped
            }
        }, "test-events");
        reader.setDaemon(true);
        reader.start();
        String first = next();
        assertTrue(first.startsWith("{\"build\":1,\"ok\":true,"), "the current state comes first: " + first);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
        assertFalse(Files.exists(preview.site()), "the temporary site is deleted");
    }

    private String next() throws InterruptedException {
        String event = events.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(event != null, "no build event within " + DEADLINE);
        return event;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSaveRebuildsAndThePageChanges() throws Exception {
        HttpResponse<String> page = get("/aula.html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElse(""));
        assertTrue(page.body().contains("Primeira versão"));
        assertTrue(page.body().contains(SiteHandler.SCRIPT + "</body>"), "the live script is served");
        assertFalse(Files.readString(preview.site().resolve("aula.html")).contains("__lousa"),
                "but never written into the site");

        Files.writeString(lesson, "# Aula\n\nSegunda versão.\n");
        String event = next();
        assertTrue(event.startsWith("{\"build\":2,\"ok\":true,\"changed\":"), event);
        assertFalse(event.contains("\"changed\":0"), event);
        assertTrue(get("/aula.html").body().contains("Segunda versão"));
    }

    @Test
    void aBrokenSaveKeepsTheServerUpAndShowsItsErrorsUntilAGoodSave() throws Exception {
        Files.writeString(lesson, "# Aula\n\nVeja [a outra](outra.md).\n");
        String broken = next();
        assertTrue(broken.startsWith("{\"build\":2,\"ok\":false,\"changed\":0,\"messages\":[{\"severity\":\"error\","),
                broken);
        assertTrue(broken.contains("aula.md:3:1: error: broken link: 'outra.md' matches no lesson or file"), broken);
        HttpResponse<String> page = get("/aula.html");
        assertEquals(200, page.statusCode(), "still serving the last good site");
        assertTrue(page.body().contains("Primeira versão"));

        Files.writeString(lesson, "# Aula\n\nConsertada.\n");
        String fixed = next();
        assertTrue(fixed.startsWith("{\"build\":3,\"ok\":true,"), fixed);
        assertTrue(fixed.endsWith("\"messages\":[]}"), fixed);
        assertTrue(get("/aula.html").body().contains("Consertada"));
    }

    @Test
    void foldersIndexesMissesAndContentTypes() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("aula.html"));
        HttpResponse<String> missing = get("/nao-existe.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains(SiteHandler.SCRIPT), "the site's 404 page, live");
        HttpResponse<String> folder = http.send(HttpRequest.newBuilder(preview.uri().resolve("/assets")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, folder.statusCode());
        assertEquals("/assets/", folder.headers().firstValue("location").orElse(""));
        String css;
        try (Stream<Path> assets = Files.list(preview.site().resolve("assets"))) {
            css = assets.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css")).findFirst().orElseThrow();
        }
        HttpResponse<String> style = get("/assets/" + css);
        assertEquals(200, style.statusCode());
        assertEquals("text/css; charset=utf-8", style.headers().firstValue("content-type").orElse(""));
        assertFalse(style.body().contains("__lousa"));
        assertEquals("text/javascript; charset=utf-8",
                get("/__lousa/live.js").headers().firstValue("content-type").orElse(""));
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        Path secret = dir.resolve("segredo");
        Files.createDirectories(secret);
        Files.writeString(secret.resolve("senha.txt"), "segredo");
        Files.createSymbolicLink(preview.site().resolve("fuga"), secret);
        for (String path : new String[] {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/", "/..%2f..%2fetc",
                "/..%2F", "/%2e%2e%2fsegredo/senha.txt", "/assets/../../segredo/senha.txt",
                "/%5c..%5csegredo", "/etc/passwd", "/fuga/senha.txt", "/%00"}) {
            assertEquals(404, status(path), path);
        }
        // The JDK server itself refuses these as malformed request targets, before any handler sees them.
        assertEquals(400, status("/..\\segredo"));
        assertEquals(400, status("/%zz"));
        assertEquals(200, status("/aula.html"));
    }

    /** The status line for a request target sent as is, without any client normalising it. */
    private int status(String target) throws IOException {
        try (Socket socket = new Socket(preview.uri().getHost(), preview.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    @Test
    void theUriIsLoopback() {
        URI uri = preview.uri();
        assertEquals("127.0.0.1", uri.getHost());
        assertTrue(uri.getPort() > 0);
    }
}
