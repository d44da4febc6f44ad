package lousa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lousa.browser.HeadlessChromium;
import lousa.build.BuildResult;
import lousa.build.CourseFixture;
import lousa.render.SitePaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Types queries into built sites in headless Chromium (Debian's {@code /usr/bin/chromium} and
 * {@code chromedriver}; override with {@code -Dlousa.chromium=} and {@code -Dlousa.chromedriver=}; skipped when
 * absent). Two sites: a small course with the words the issue names, opened from {@code file://} and from
 * {@code http://127.0.0.1:PORT/curso/} (a sub-path); and a 1000-lesson synthetic course for the per-keystroke
 * time, measured in the page with {@code performance.now()} around search and rendering.
 *
 * <p>The pages are the real build's: the theme bundles search-button.js and search.css, loads search.js on
 * demand, and gives the header its {@code <div id="search" data-root="…">}.
 */
class SearchBrowserIT {

    private static final Path REPORT = Path.of("target", "search-it");

    @TempDir
    static Path work;

    private static WebDriver browser;
    private static HttpServer server;
    private static Path small;
    private static Path large;

    @BeforeAll
    static void buildSitesAndStartTheBrowser() throws IOException {
        HeadlessChromium.assumeInstalled();
        Files.createDirectories(REPORT);
        small = buildSmallCourse(work.resolve("small"));
        large = buildLargeCourse(work.resolve("large"), 1000);

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/curso/", exchange -> {
            String relative = exchange.getRequestURI().getPath().substring("/curso/".length());
            Path file = small.resolve(relative).normalize();
            byte[] body = file.startsWith(small) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.getResponseHeaders().add("Content-Type", relative.endsWith(".js") ? "text/javascript"
                    : relative.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();

        browser = HeadlessChromium.start(HeadlessChromium.options("--window-size=1200,900",
                "--allow-file-access-from-files"));
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.stop(browser, server);
    }

    @BeforeEach
    void blank() {
        browser.get("about:blank");
    }

    @Test
    void theJavaScriptTokenizerAgreesWithJavaOnTheSharedWordList() throws IOException {
        openSmall("aulas/sincrono.html");
        loadIndex();
        for (String[] c : SearchTokenizerTest.readWordList()) {
            List<String> expected = c[1].isBlank() ? List.of() : Arrays.asList(c[1].split(" "));
            assertEquals(expected, js("return lousaSearch.terms(arguments[0]);", c[0]), c[0]);
        }
    }

    @Test
    void theJavaScriptTokenizerAgreesWithJavaOnEveryWordOfTheSeedCourse() throws IOException {
        openSmall("aulas/sincrono.html");
        loadIndex();
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("..", "content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        assertTrue(text.length() > 10_000, "the seed course is there");
        List<String> java = new SearchTokenizer().terms(text.toString());
        List<?> javascript = js("return lousaSearch.terms(arguments[0]);", text.toString());
        assertEquals(java.size(), javascript.size());
        assertEquals(java, javascript);
    }

    @Test
    void theJavaScriptDecodesSectionLengthsAsJavaEncodesThem() {
        openSmall("aulas/sincrono.html");
        loadIndex();
        for (char code : SectionLengths.ALPHABET.toCharArray()) {
            double javascript = ((Number) js("return lousaSearch.lengthOfCode(arguments[0]);", String.valueOf(code)))
                    .doubleValue();
            assertEquals(SectionLengths.length(code), javascript, 1e-9 * (1 + javascript), "code " + code);
        }
    }

    @Test
    void anEntryOfAnotherVersionIsLoadedAgainPastTheCache() {
        openSmall("aulas/sincrono.html");
        // search.js alone, as search-button.js loads it, without the entry.
        js("var s = document.createElement('script'); s.src = document.body.getAttribute('data-search-script');"
                + " document.head.appendChild(s);");
        waitUntil("return !!window.LOUSA_SEARCH;");
        // What a browser holding the entry of an older build in its cache would have run.
        js("LOUSA_SEARCH.index({version: " + (SearchIndex.VERSION - 1) + ", id: 'old', stopwords: [], pages: 0,"
                + " sections: 0, shards: ['']});");
        open("/");
        assertResult("corrotinas", "Funções e corrotinas", "corrotina");
        List<?> urls = js("return lousaSearch.loaded;");
        assertTrue(urls.stream().anyMatch(u -> u.toString().contains("search/index.js?fresh=")), urls.toString());
    }

    @Test
    void findsWithoutAccentsByStemAndByIdentifierPartsFromFileUrls() {
        openSmall("aulas/sincrono.html");
        open("/");
        assertResult("funcao", "Funções e corrotinas", "funções");
        assertResult("sincrono", "Sistemas síncronos", "síncronos");
        assertResult("corrotinas", "Funções e corrotinas", "corrotina");
        assertResult("create_task", "Tarefas", "create");
        assertResult("task", "Tarefas", "task");
        assertResult("allOf", "CompletableFuture", "allOf");
        assertResult("completable", "CompletableFuture", "CompletableFuture");
        assertResult("Síncrona", "Sistemas síncronos", "síncronos");
        assertEquals(0, search("xyzzy").size());
        assertTrue(text(".lousa-search-status").startsWith("Nenhum resultado para"), text(".lousa-search-status"));
    }

    @Test
    void ctrlKOpensAndArrowsAndEnterGoToTheSectionAnchor() {
        openSmall("index.html");
        new org.openqa.selenium.interactions.Actions(browser)
                .keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        WebElement input = waitFor(".lousa-search-dialog[open] .lousa-search-input");
        waitUntil("return lousaSearch.ready;");
        input.sendKeys("loop eventos");
        waitUntil("return lousaSearch.last && lousaSearch.last.query === arguments[0];", "loop eventos");
        List<String> hrefs = resultHrefs();
        assertTrue(hrefs.size() >= 2, hrefs.toString());
        assertEquals("true", browser.findElement(By.cssSelector(".lousa-search-results li:nth-child(1)"))
                .getAttribute("aria-selected"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertEquals("true", browser.findElement(By.cssSelector(".lousa-search-results li:nth-child(2)"))
                .getAttribute("aria-selected"));
        String expected = hrefs.get(1);
        assertTrue(expected.contains("?h=loop%20eventos"), "the link carries the query: " + expected);
        input.sendKeys(Keys.ENTER);
        waitUntil("return location.href === arguments[0];", withoutQuery(expected));
        if (expected.contains("#")) {
            String anchor = java.net.URLDecoder.decode(expected.substring(expected.indexOf('#') + 1),
                    StandardCharsets.UTF_8);
            assertFalse(browser.findElements(By.id(anchor)).isEmpty(), "the result's section exists: " + expected);
        }
    }

    @Test
    void theResultsPageMarksTheQuerysWordsOnceAndOnlyInItsProse() throws IOException {
        openSmall("aulas/loop.html");
        open("/");
        search("corrotinas");
        String href = resultHrefs().get(0);
        assertTrue(href.contains("aulas/sincrono.html"), href);
        browser.findElement(By.cssSelector(".lousa-search-input")).sendKeys(Keys.ENTER);
        waitUntil("return location.href === arguments[0];", withoutQuery(href)); // out of the address once read
        waitUntil("return document.querySelector('mark.lousa-search-hit') !== null;");
        List<String> marked = browser.findElements(By.cssSelector("main .prose mark.lousa-search-hit")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("corrotinas", "corrotina"), marked, "by stem, in the heading and the text");
        Number outside = js("return document.querySelectorAll('mark.lousa-search-hit').length"
                + " - document.querySelectorAll('main .prose mark.lousa-search-hit').length"
                + " + document.querySelectorAll('.heading-anchor mark, pre mark').length;");
        assertEquals(0, outside.intValue(), "not in the sidebar, the TOC, anchors or code blocks");
        Files.write(REPORT.resolve("search-hit.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.navigate().refresh();
        waitUntil("return document.readyState === 'complete';");
        Number engines = js("return document.querySelectorAll('script[src*=\"search.\"]').length;");
        assertEquals(0, engines.intValue(), "a reload shows the page plain, without loading search");
        assertTrue(browser.findElements(By.cssSelector("mark.lousa-search-hit")).isEmpty());
    }

    @Test
    void aResultOpenedInANewTabMarksTheQuerysWordsToo() {
        openSmall("aulas/loop.html");
        open("/");
        search("corrotinas");
        String href = resultHrefs().get(0);
        String opener = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB); // a tab of its own: nothing shared
        try {
            browser.get(href);
            waitUntil("return document.querySelector('main .prose mark.lousa-search-hit') !== null;");
            List<String> marked = browser.findElements(By.cssSelector("main .prose mark.lousa-search-hit")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("corrotinas", "corrotina"), marked);
        } finally {
            browser.close();
            browser.switchTo().window(opener);
        }
    }

    @Test
    void aResultOnThePageOpenNowMarksItWithoutReloading() {
        openSmall("aulas/sincrono.html");
        js("window.notReloaded = true;");
        open("/");
        search("corrotinas");
        String href = resultHrefs().get(0);
        assertFalse(href.contains("?h="), "no query on a link to this page: it would reload it: " + href);
        browser.findElement(By.cssSelector(".lousa-search-input")).sendKeys(Keys.ENTER);
        waitUntil("return document.querySelector('main .prose mark.lousa-search-hit') !== null;");
        assertEquals(Boolean.TRUE, js("return window.notReloaded === true;"));
    }

    @Test
    void searchLoadsOnlyWhenWantedAndSaysSoWhenItCannot() {
        openSmall("aulas/sincrono.html");
        Number engines = js("return document.querySelectorAll('script[src*=\"search.\"]').length;");
        assertEquals(0, engines.intValue(), "a page does not load search's engine up front");
        js("document.body.setAttribute('data-search-script', 'nao-existe.js');");
        browser.findElement(By.cssSelector(".lousa-search-button")).click();
        waitUntil("return document.querySelector('.lousa-search-button.lousa-search-failed') !== null;");
        assertEquals("Não foi possível carregar a busca; clique para tentar de novo.",
                browser.findElement(By.cssSelector(".lousa-search-button")).getAttribute("title"));
    }

    @Test
    void slidesOfADeckAreFoundOneByOne() {
        openSmall("aulas/deck.html");
        open("/");
        List<WebElement> results = search("semaforo");
        assertEquals(1, results.size());
        assertTrue(resultHrefs().get(0).endsWith("aulas/deck.html#slide-2"), resultHrefs().toString());
        assertTrue(results.get(0).getText().contains("Slide 2 · Semáforos"), results.get(0).getText());
    }

    @Test
    void worksUnderASubPathOverHttp() {
        browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/curso/aulas/sincrono.html");
        open("/");
        search("corrotina");
        String href = resultHrefs().get(0);
        assertTrue(href.startsWith("http://127.0.0.1:" + server.getAddress().getPort() + "/curso/aulas/"), href);
        browser.findElement(By.cssSelector(".lousa-search-input")).sendKeys(Keys.ENTER);
        waitUntil("return location.href === arguments[0];", withoutQuery(href));
        assertTrue(browser.getTitle().contains("Funções"), browser.getTitle());
        waitUntil("return document.querySelector('main .prose mark.lousa-search-hit') !== null;");
    }

    @Test
    void aThousandLessonCourseSearchesInUnderFiftyMillisecondsPerKeystroke() throws IOException {
        browser.get(large.resolve("modulo-5/licao-500.html").toUri().toString());
        long start = System.nanoTime();
        open("/");
        waitUntil("return lousaSearch.ready;");
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        WebElement input = browser.findElement(By.cssSelector(".lousa-search-input"));
        js("lousaSearch.timings.length = 0;");
        String[] queries = {"corrotinas", "funcao assincrona", "create_task", "loop de eventos", "completable",
            "servidor requisicoes", "sincrono", "thread pool executor", "espera", "co"};
        List<Double> waits = new ArrayList<>();
        for (String query : queries) {
            input.clear();
            for (char c : query.toCharArray()) {
                input.sendKeys(String.valueOf(c));
            }
            waitUntil("return lousaSearch.last && lousaSearch.last.query === arguments[0];", query);
            waits.add(((Number) js("return lousaSearch.last.waitMs;")).doubleValue());
        }
        List<?> raw = js("return lousaSearch.timings;");
        double[] ms = raw.stream().mapToDouble(o -> ((Number) o).doubleValue()).sorted().toArray();
        double median = ms[ms.length / 2];
        double p95 = ms[(int) Math.floor(ms.length * 0.95)];
        double max = ms[ms.length - 1];
        Map<?, ?> page = js("return {load: lousaSearch.loadMs, prepare: lousaSearch.prepareMs};");
        long bytes = folderBytes(large.resolve(SearchIndex.DIRECTORY));
        long entry = Files.size(large.resolve(SearchIndexFile.ENTRY));
        long loaded = loadedBytes();
        String report = String.format(java.util.Locale.ROOT,
                "1000 lessons: index %.1f MB, entry %.1f KB; open-to-ready %d ms (entry load %.0f ms,"
                        + " prepare %.0f ms); %d completed runs of %d keystrokes: median %.2f ms, p95 %.2f ms,"
                        + " max %.2f ms of work; waits for shards and texts after each query's last key %s ms;"
                        + " loaded for the %d queries: %.1f MB%n",
                bytes / 1e6, entry / 1e3, loadMs, ((Number) page.get("load")).doubleValue(),
                ((Number) page.get("prepare")).doubleValue(), ms.length,
                java.util.Arrays.stream(queries).mapToInt(String::length).sum(), median, p95, max,
                waits.stream().map(w -> String.valueOf(Math.round(w))).toList(), queries.length, loaded / 1e6);
        System.out.print(report);
        Files.writeString(REPORT.resolve("timing.txt"), report);
        assertTrue(ms.length >= queries.length, "a timing per completed run: " + ms.length);
        assertTrue(median < 50, report);
        assertTrue(p95 < 50, report);
        assertTrue(entry < 20_000, "the entry of 1000 lessons is small: " + entry);
        assertTrue(loaded < bytes / 2, "the queries loaded only part of the index: " + loaded + " of " + bytes);
    }

    @Test
    void aQueryLoadsTheEntryItsShardsAndTheTextsOfItsResultsOnly() throws IOException {
        StringBuilder report = new StringBuilder();
        long bytes = folderBytes(large.resolve(SearchIndex.DIRECTORY));
        for (String query : new String[] {"loop de eventos", "create_task", "thread pool", "servidor requisicoes"}) {
            browser.get(large.resolve("modulo-5/licao-500.html").toUri().toString());
            open("/");
            WebElement input = waitFor(".lousa-search-input");
            waitUntil("return lousaSearch.ready;");
            for (char c : query.toCharArray()) {
                input.sendKeys(String.valueOf(c));
            }
            waitUntil("return lousaSearch.last && lousaSearch.last.query === arguments[0];", query);
            List<?> urls = js("return lousaSearch.loaded;");
            long shards = urls.stream().filter(u -> u.toString().contains("/search/s/")).count();
            long texts = urls.stream().filter(u -> u.toString().contains("/search/p/")).count();
            long loaded = loadedBytes();
            report.append(String.format(java.util.Locale.ROOT,
                    "1000 lessons, \"%s\" typed key by key: %d results; loaded %.0f KB (entry + %d shards + %d"
                            + " page texts) of %.1f MB%n", query,
                    browser.findElements(By.cssSelector(".lousa-search-results li")).size(), loaded / 1e3, shards,
                    texts, bytes / 1e6));
            assertTrue(loaded < bytes / 4, report.toString());
        }
        System.out.print(report);
        Files.writeString(REPORT.resolve("loaded.txt"), report);
    }

    @Test
    void screenshotOfTheOpenDialog() throws IOException {
        openSmall("aulas/sincrono.html");
        open("/");
        search("corrotinas");
        browser.findElement(By.cssSelector(".lousa-search-input")).sendKeys(Keys.ARROW_DOWN);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(REPORT.resolve("search-dialog.png"), png);
    }

    // ---------- helpers ----------

    private static void openSmall(String page) {
        browser.get(small.resolve(page).toUri().toString());
    }

    /** Opens the dialog with a key, as a learner would. */
    private static void open(String key) {
        browser.findElement(By.tagName("body")).sendKeys(key);
        waitFor(".lousa-search-dialog[open] .lousa-search-input");
    }

    private static void loadIndex() {
        ((JavascriptExecutor) browser).executeAsyncScript("lousaSearch.load(arguments[arguments.length - 1]);");
    }

    private static List<WebElement> search(String query) {
        waitUntil("return lousaSearch.ready;");
        WebElement input = browser.findElement(By.cssSelector(".lousa-search-input"));
        input.clear();
        input.sendKeys(query);
        waitUntil("return lousaSearch.last && lousaSearch.last.query === arguments[0];", query);
        return browser.findElements(By.cssSelector(".lousa-search-results li"));
    }

    /** The query finds a result whose section title contains {@code section}, with {@code marked} highlighted. */
    private static void assertResult(String query, String section, String marked) {
        List<WebElement> results = search(query);
        assertFalse(results.isEmpty(), "no result for " + query);
        List<String> seen = new ArrayList<>();
        for (WebElement result : results) {
            String title = result.findElement(By.cssSelector(".lousa-search-section")).getText();
            seen.add(title);
            if (title.contains(section)) {
                List<String> marks = result.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
                assertTrue(marks.stream().anyMatch(m -> m.equalsIgnoreCase(marked)),
                        query + ": expected <mark>" + marked + "</mark> in " + marks);
                return;
            }
        }
        throw new AssertionError(query + ": no result in section '" + section + "' among " + seen);
    }

    /** Bytes of the index files the page loaded so far (file:// URLs, without their ?v=). */
    private static long loadedBytes() throws IOException {
        long total = 0;
        for (Object url : (List<?>) js("return lousaSearch.loaded;")) {
            String plain = url.toString().replaceFirst("\\?.*$", "");
            total += Files.size(Path.of(java.net.URI.create(plain)));
        }
        return total;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    /** A result's link as the address bar shows it once the page has read the query it carries. */
    private static String withoutQuery(String href) {
        return href.replaceFirst("\\?h=[^#]*", "");
    }

    private static List<String> resultHrefs() {
        return browser.findElements(By.cssSelector(".lousa-search-results a")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebElement waitFor(String css) {
        waitUntil("return document.querySelector(arguments[0]) !== null;", css);
        return browser.findElement(By.cssSelector(css));
    }

    private static void waitUntil(String script, Object... args) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20))
                    .until(driver -> Boolean.TRUE.equals(js(script, args)));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + script + " " + Arrays.toString(args), e);
        }
    }

    // ---------- sites ----------

    private static Path buildSmallCourse(Path root) throws IOException {
        CourseFixture course = new CourseFixture(root)
                .file("course.yml", "title: \"Curso de teste\"\nlanguage: pt-BR\n")
                .file("aulas/sincrono.md", """
                        ---
                        title: "Funções, síncrono e assíncrono"
                        ---

                        Uma introdução.

                        ## Sistemas síncronos

                        Sistemas síncronos executam uma tarefa por vez; o loop de eventos não existe aqui.

                        ## Funções e corrotinas

                        Uma corrotina é uma função declarada com `async def`. As funções comuns bloqueiam.

                        ### Tarefas

                        Crie tarefas com `asyncio.create_task(coro)` e espere com `await`.

                        ## CompletableFuture

                        Em Java, `CompletableFuture.allOf(a, b).join()` espera as duas.
                        """)
                .file("aulas/loop.md", """
                        ---
                        title: "O loop de eventos"
                        ---

                        ## Como o loop funciona

                        O loop de eventos monitora uma fila de eventos.

                        ## Loop de eventos e I/O

                        Enquanto espera I/O, o loop de eventos roda outra corrotina.
                        """)
                .file("aulas/deck.md", """
                        ---
                        title: "Slides de concorrência"
                        ---

                        <div class="deck-handout" data-slides="2">
                        <section class="slide-card" id="slide-1"><h2 class="slide-card-heading" id="slide-1-title"><a class="slide-card-anchor" href="#slide-1">Slide 1</a><span class="slide-card-title"> · Threads</span></h2><div class="slide-card-body"><p>Threads e processos.</p></div></section>
                        <section class="slide-card" id="slide-2"><h2 class="slide-card-heading" id="slide-2-title"><a class="slide-card-anchor" href="#slide-2">Slide 2</a><span class="slide-card-title"> · Semáforos</span></h2><div class="slide-card-body"><p>Um semáforo limita o acesso.</p></div></section>
                        </div>
                        """);
        BuildResult result = course.build();
        assertFalse(result.failed(), () -> course.messages(result).toString());
        return course.out();
    }

    private static Path buildLargeCourse(Path root, int lessons) throws IOException {
        CourseFixture course = new CourseFixture(root).file("course.yml", "title: \"Curso grande\"\n");
        for (int i = 0; i < lessons; i++) {
            course.file("modulo-" + (i / 100) + "/licao-" + i + ".md", SyntheticCourse.markdown(i));
        }
        long start = System.nanoTime();
        BuildResult result = course.build();
        assertFalse(result.failed(), () -> course.messages(result).toString());
        System.out.println(result.summary("large") + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        return course.out();
    }
}
