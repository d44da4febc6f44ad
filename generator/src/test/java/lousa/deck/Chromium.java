package lousa.deck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven through the DevTools protocol over the JDK's own WebSocket client: enough to open a
 * page, evaluate JavaScript, press keys and take screenshots, without Selenium.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    static boolean available() {
        return Files.isExecutable(BINARY) && !"false".equals(System.getProperty("lousa.browser"));
    }

    Chromium(int width, int height) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("lousa-chromium");
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-extensions", "--mute-audio",
                "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browserUrl = awaitEndpoint();
        String httpBase = browserUrl.replaceFirst("^ws://([^/]+)/.*$", "http://$1");
        HttpClient http = HttpClient.newHttpClient();
        String pageUrl = null;
        for (int attempt = 0; attempt < 50 && pageUrl == null; attempt++) {
            String list = http.send(HttpRequest.newBuilder(URI.create(httpBase + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (Object target : (List<?>) Json.parse(list)) {
                Map<?, ?> t = (Map<?, ?>) target;
                if ("page".equals(t.get("type"))) {
                    pageUrl = (String) t.get("webSocketDebuggerUrl");
                }
            }
            if (pageUrl == null) {
                Thread.sleep(100);
            }
        }
        if (pageUrl == null) {
            throw new IOException("Chromium opened no page");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new Listener()).join();
        call("Page.enable", "{}");
        call("Runtime.enable", "{}");
        viewport(width, height);
    }

    private String awaitEndpoint() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (IOException ignored) {
                        // browser gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("Chromium exited before opening DevTools");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Sends a DevTools command and returns its {@code result}. */
    Map<?, ?> call(String method, String paramsJson) throws InterruptedException, IOException {
        int id = ids.incrementAndGet();
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true)
                .join();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String message = messages.poll(1, TimeUnit.SECONDS);
            if (message == null) {
                continue;
            }
            Map<?, ?> parsed = (Map<?, ?>) Json.parse(message);
            Object messageId = parsed.get("id");
            if (messageId instanceof Double d && d.intValue() == id) {
                if (parsed.containsKey("error")) {
                    throw new IOException(method + ": " + parsed.get("error"));
                }
                return (Map<?, ?>) parsed.get("result");
            }
        }
        throw new IOException("no answer to " + method);
    }

    void viewport(int width, int height) throws IOException, InterruptedException {
        call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
                + ",\"deviceScaleFactor\":1,\"mobile\":false}");
    }

    void open(String url) throws IOException, InterruptedException {
        call("Page.navigate", "{\"url\":" + Json.quote(url) + "}");
    }

    /** Evaluates an expression (awaiting promises) and returns its value as JSON-like Java objects. */
    Object eval(String expression) throws IOException, InterruptedException {
        Map<?, ?> result = call("Runtime.evaluate", "{\"expression\":" + Json.quote(expression)
                + ",\"returnByValue\":true,\"awaitPromise\":true}");
        Map<?, ?> remote = (Map<?, ?>) result.get("result");
        if (result.containsKey("exceptionDetails")) {
            throw new IOException("JavaScript failed: " + result.get("exceptionDetails"));
        }
        return remote.get("value");
    }

    /** Polls {@code condition} until it is true (a page needs real time to load scripts and draw diagrams). */
    void await(String condition, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(eval("!!(" + condition + ")"))) {
                    return;
                }
            } catch (IOException navigating) {
                // the page is being replaced: try again
            }
            Thread.sleep(100);
        }
        throw new IOException("timed out waiting for " + condition);
    }

    /** Waits until running CSS animations and transitions have finished and two frames have been drawn. */
    void settle() throws IOException, InterruptedException {
        eval("Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))"
                + ".then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))");
    }

    void press(String key, String code, int keyCode) throws IOException, InterruptedException {
        String common = ",\"key\":" + Json.quote(key) + ",\"code\":" + Json.quote(code)
                + ",\"windowsVirtualKeyCode\":" + keyCode + ",\"nativeVirtualKeyCode\":" + keyCode;
        call("Input.dispatchKeyEvent", "{\"type\":\"keyDown\"" + common + "}");
        call("Input.dispatchKeyEvent", "{\"type\":\"keyUp\"" + common + "}");
    }

    void screenshot(Path file) throws IOException, InterruptedException {
        Map<?, ?> result = call("Page.captureScreenshot", "{\"format\":\"png\"}");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
    }

    byte[] pdf() throws IOException, InterruptedException {
        Map<?, ?> result = call("Page.printToPDF", "{\"preferCSSPageSize\":true,\"printBackground\":true}");
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            // Chromium's helper processes (the network service) outlive the browser for a moment and keep writing
            // into the profile: stop them too, and let a file that vanishes during the clean-up not fail a test.
            List<ProcessHandle> helpers = process.descendants().toList();
            process.destroy();
            helpers.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                for (ProcessHandle helper : helpers) {
                    helper.onExit().get(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                helpers.forEach(ProcessHandle::destroyForcibly);
            }
            deleteProfile();
        }
    }

    /** Removes the temporary profile; what cannot be removed stays in the temporary folder. */
    private void deleteProfile() {
        for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file went away while the folder was read: read it again
            }
        }
    }
}
