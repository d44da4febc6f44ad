package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.browser.HeadlessChromium;
import lousa.build.BuildResult;
import lousa.build.CourseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The offline mode in headless Chromium, on a copy of the seed course served under {@code /curso/}: a reader saves
 * the course from the footer, the server goes away (the network is gone), and lessons never opened before still
 * open from the saved copy with their styles, highlighted code, diagrams and search; an address that was never part
 * of the site gets the offline page. Then a lesson is edited and the site rebuilt: saving again fetches only the
 * files whose bytes changed. Skipped without Chromium, as {@link SiteBrowserIT} is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfflineBrowserIT {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String PREFIX = "/curso/";
    private static final String FIRST = "programacao-assincrona/bloqueio-e-loop-de-eventos.html";
    private static final String NEVER_OPENED = "backend/sincrono-assincrono.html";

    @TempDir
    static Path work;

    private static Path content;
    private static Path site;
    private static int port;
    private static HttpServer server;
    private static ChromeDriver browser;
    /** The site paths the server was asked for since the last {@link #served()}. */
    private static final Set<String> requested = java.util.Collections.synchronizedSet(new TreeSet<>());

    @BeforeAll
    static void buildAndOpen() throws IOException {
        HeadlessChromium.assumeInstalled();
        content = work.resolve("content");
        CourseFixture.copyTree(Path.of("..", "content"), content);
        site = work.resolve("site");
        build();
        startServer(0);
        Files.createDirectories(SHOTS);

        browser = HeadlessChromium.start(HeadlessChromium.options("--window-size=1280,800",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.stop(browser, server);
    }

    @Test
    @Order(1)
    void aSavedCourseOpensWithoutTheNetwork() throws IOException {
        open(FIRST);
        waitUntil("return !!navigator.serviceWorker.controller;"); // installed and in charge of the page
        WebElement save = browser.findElement(By.cssSelector(".offline-save"));
        assertTrue(save.isDisplayed(), "the footer offers to save the course");
        assertEquals("Salvar o curso para ler offline", save.getText());
        served();
        click(save);
        waitUntil("return document.querySelector('.offline-status').textContent.indexOf('Curso salvo') === 0;");
        String status = browser.findElement(By.cssSelector(".offline-status")).getText();
        assertTrue(status.matches("Curso salvo neste aparelho \\(\\d+(,\\d)? MB\\): abre mesmo sem internet\\."), status);
        assertTrue(browser.findElement(By.cssSelector(".offline-remove")).isDisplayed());
        assertFalse(save.isDisplayed());
        Set<String> fetched = served();
        assertTrue(fetched.containsAll(Set.of("offline.json", NEVER_OPENED, "assets/" + asset("mermaid"))), fetched.toString());
        shot("saved");

        server.stop(0); // the network is gone
        open(NEVER_OPENED);
        assertEquals("Sistemas Síncronos e Assíncronos", text("h1"));
        assertEquals("#0f6b54", js("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();"),
                "the theme's stylesheet came from the saved copy");
        waitUntil("return document.querySelectorAll('.prose pre code.hljs span[class^=\"hljs-\"]').length > 50;");
        assertTrue(((Number) js("return document.querySelectorAll('.lab-tabs').length;")).intValue() > 5,
                "the Java beside each Python example is there");
        shot("offline-lesson");

        open("programacao-assincrona/tornando-o-projeto-assincrono.slides.html");
        waitUntil("return document.body.dataset.deckReady === 'true';");
        waitUntil("return document.querySelectorAll('.mermaid svg').length > 0;");

        open(NEVER_OPENED);
        browser.findElement(By.tagName("body")).sendKeys("/");
        WebElement input = waitFor(".lousa-search-dialog[open] .lousa-search-input");
        waitUntil("return window.lousaSearch && lousaSearch.ready;");
        input.sendKeys("backlog");
        waitUntil("return lousaSearch.last && lousaSearch.last.query === 'backlog';");
        assertTrue(browser.findElements(By.cssSelector(".lousa-search-results li")).size() > 0,
                "search works from the saved index");
    }

    @Test
    @Order(2)
    void anAddressTheSiteNeverHadGetsTheOfflinePageWithLinksThatWork() throws IOException {
        server.stop(0);
        open("nada/por/aqui.html");
        assertEquals("Você está sem conexão", text("h1"));
        shot("offline-page");
        WebElement home = browser.findElement(By.cssSelector(".not-found a.button"));
        assertEquals(base() + "index.html", home.getAttribute("href"));
        home.click();
        waitUntil("return document.readyState === 'complete' && !!document.querySelector('.home-hero, .page-home');");
        assertEquals(base() + "index.html", browser.getCurrentUrl());
    }

    @Test
    @Order(3)
    void savingAgainFetchesOnlyWhatChanged() throws IOException {
        Path lesson = content.resolve("01-programacao-assincrona/3-uvicorn-e-backlog.md");
        Files.writeString(lesson, Files.readString(lesson).replace("Uvicorn não é bloqueante",
                "Uvicorn não bloqueia"));
        build();
        startServer(port); // the network is back, with the site rebuilt
        open(FIRST);
        waitUntil("return !!navigator.serviceWorker.controller;");
        served();
        // The last save was just now: pretend it was yesterday, so the page brings the copy up to date at once.
        js("var k = 'lousa-offline ' + lousaOffline.root, s = JSON.parse(localStorage.getItem(k)); s.at = 0;"
                + " localStorage.setItem(k, JSON.stringify(s));");
        open(FIRST);
        waitUntil("var s = JSON.parse(localStorage.getItem('lousa-offline ' + lousaOffline.root)); return s.at > 0;");
        Set<String> fetched = served();
        fetched.removeIf(path -> path.equals(FIRST) || path.equals("sw.js") || path.equals("manifest.webmanifest"));
        assertEquals(Set.of("offline.json", "programacao-assincrona/uvicorn-e-backlog.html", "search/index.js",
                "search/p/2.js", "search/s/0.js"), cut(fetched, "search/s/"),
                "the lesson, its text for search results, the index's entry and the shards of its words, nothing else");

        server.stop(0);
        open("programacao-assincrona/uvicorn-e-backlog.html");
        assertTrue(text(".prose").contains("Uvicorn não bloqueia"), "the saved copy is the new one");
    }

    @Test
    @Order(4)
    void removingTheCourseFreesTheDevice() {
        startServer(port);
        open(FIRST);
        click(waitFor(".offline-remove"));
        waitUntil("return document.querySelector('.offline-status').textContent === 'O curso saiu deste aparelho.';");
        assertTrue(browser.findElement(By.cssSelector(".offline-save")).isDisplayed());
        assertEquals(0L, async("caches.keys().then(n => done(n.filter(x => x.indexOf('lousa-saved') === 0).length));"));
    }

    @Test
    @Order(5)
    void aSiteRepublishedWithoutTheOfflineModeTakesItsWorkerAndCachesAway() throws IOException {
        Files.writeString(content.resolve("course.yml"), Files.readString(content.resolve("course.yml"))
                + "offline: false\n");
        build();
        startServer(port);
        assertTrue(((Number) async("navigator.serviceWorker.getRegistrations().then(r => done(r.length));"))
                .intValue() > 0, "the reader still has the worker of the earlier site");
        open(FIRST); // the browser looks for a new worker as the page opens
        waitUntil("return !document.querySelector('.offline');");
        new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50)).withMessage("worker or caches left")
                .until(driver -> Long.valueOf(0).equals(async("Promise.all([navigator.serviceWorker.getRegistrations(),"
                        + " caches.keys()]).then(([r, n]) => done(r.length + n.filter(x => x.startsWith('lousa-')).length));")));
    }

    // ---------- helpers ----------

    /** Runs a script that calls done(value) when its promise settles, and returns the value. */
    private static Object async(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];" + script);
    }

    /** The search shards asked for, as one name: which shards a word falls in depends on the index's cut. */
    private static Set<String> cut(Set<String> paths, String shards) {
        Set<String> out = new TreeSet<>();
        for (String path : paths) {
            out.add(path.startsWith(shards) ? shards + "0.js" : path);
        }
        return out;
    }

    private static void build() throws IOException {
        BuildResult result = new Build().run(new BuildOptions(content, site, false, null, true,
                Path.of("..", "labs")));
        assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    }

    private static String asset(String name) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("assets"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(name + "."))
                    .findFirst().orElseThrow();
        }
    }

    private static void startServer(int at) {
        if (server != null) {
            server.stop(0);
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", at), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/", OfflineBrowserIT::serve);
        server.start();
        port = server.getAddress().getPort();
    }

    private static Set<String> served() {
        synchronized (requested) {
            Set<String> copy = new TreeSet<>(requested);
            requested.clear();
            return copy;
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + port + PREFIX;
    }

    private static void open(String page) {
        browser.get(base() + page);
        waitUntil("return document.readyState === 'complete';");
    }

    /** Clicks as a reader would, once the element is scrolled into view (the footer is far down a lesson). */
    private static void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private static String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private static WebElement waitFor(String selector) {
        waitUntil("return !!document.querySelector(arguments[0]);", selector);
        return browser.findElement(By.cssSelector(selector));
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve("offline-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script, Object... args) {
        return (T) browser.executeScript(script, args);
    }

    private static void waitUntil(String script, Object... args) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(25))
                    .until(driver -> Boolean.TRUE.equals(js(script, args)));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + script, e);
        }
    }

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "svg", "image/svg+xml", "png", "image/png",
            "webmanifest", "application/manifest+json");

    /** GitHub Pages in miniature: the site under /curso/, 404.html for anything missing. */
    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = null;
            if (path.startsWith(PREFIX)) {
                String relative = path.substring(PREFIX.length());
                requested.add(relative.isEmpty() ? "index.html" : relative);
                file = site.resolve(relative.isEmpty() ? "index.html" : relative).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    file = null;
                }
            }
            Path body = file == null ? site.resolve("404.html") : file;
            String name = body.getFileName().toString();
            exchange.getResponseHeaders().add("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            byte[] bytes = Files.readAllBytes(body);
            exchange.sendResponseHeaders(file == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
