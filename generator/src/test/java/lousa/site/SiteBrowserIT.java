package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;
import lousa.browser.HeadlessChromium;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.build.BuildResult;
import lousa.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The real seed course ({@code ../content}, with the real {@code ../labs} sources), built with a base URL and served
 * over HTTP from 127.0.0.1 under a sub-path ({@code /curso/}, as GitHub Pages serves a project site), opened page by
 * page in Debian's headless Chromium ({@code /usr/bin/chromium} + {@code /usr/bin/chromedriver}; override with
 * {@code -Dlousa.chromium=} / {@code -Dlousa.chromedriver=}; the class is skipped, not failed, when they are absent).
 *
 * <p>Every page of the site: no console error; no request leaving 127.0.0.1 except to the hosts of the
 * {@code <iframe src>} and {@code <img src>} the lesson itself has (the host resolver maps every other name to
 * nothing, so nothing leaves the machine anyway, and each attempt is seen in the network log); every Mermaid diagram
 * is an SVG without error text; Python and Java code is highlighted; axe-core (vendored through Maven) finds no
 * serious or critical violation; at 360 px no page scrolls sideways; a screenshot at 1280×800 and 360×780 goes to
 * {@code target/screenshots/}. Then the copy button, the dark mode toggle, the deck's keyboard and the 404 page.
 * One browser for everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteBrowserIT {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String PREFIX = "/curso/";
    /** A second site, of code fences, Docusaurus tabs and math (src/test/resources/code-blocks). */
    private static final String CODE_PREFIX = "/codigo/";
    private static final Set<String> LOCAL = Set.of("127.0.0.1");

    @TempDir
    static Path work;

    private static Path site;
    private static Path codeSite;
    private static HttpServer server;
    private static String base;
    private static ChromeDriver browser;
    private static String axeSource;
    private static List<String> altWarnings;
    private static final Json JSON = new Json();
    private static int requestsSeen;

    @BeforeAll
    static void buildServeAndOpen() throws IOException {
        HeadlessChromium.assumeInstalled();
        site = work.resolve("site");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", SiteBrowserIT::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;

        BuildResult result = new Build().run(new BuildOptions(Path.of("..", "content"), site, false, base, true,
                Path.of("..", "labs")));
        assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
        codeSite = work.resolve("code-site");
        BuildResult code = new Build().run(new BuildOptions(Path.of("src/test/resources/code-blocks"), codeSite,
                false, null, true));
        assertEquals(List.of(), code.diagnostics().sorted().stream().map(Diagnostic::format).toList());
        altWarnings = result.diagnostics().sorted().stream().map(Diagnostic::format)
                .filter(m -> m.contains("image without alt text: ")).toList();

        try (InputStream in = SiteBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SHOTS);

        // Nothing leaves the machine: every host name but 127.0.0.1 resolves to nothing.
        ChromeOptions options = HeadlessChromium.options("--window-size=1280,800",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = HeadlessChromium.start(options);
        desktop();
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.stop(browser, server);
    }

    /** Every page: console, network, Mermaid, highlighting, axe, 360 px, screenshots. */
    @Test
    @Order(1)
    void everyPageIsCleanAccessibleAndFitsAPhone() throws IOException {
        List<String> pages = pages();
        assertTrue(pages.size() >= 25, "the whole site: " + pages);
        assertTrue(pages.containsAll(List.of("index.html", "404.html", "python-java.html",
                "programacao-assincrona/tornando-o-projeto-assincrono.slides.html")), pages.toString());
        List<String> problems = new ArrayList<>();
        List<String> contentFindings = new ArrayList<>();
        long start = System.nanoTime();
        for (String page : pages) {
            long t0 = System.nanoTime();
            open(page);
            List<String> p = new ArrayList<>();
            p.addAll(consoleAndNetwork(page));
            p.addAll(mermaid());
            p.addAll(highlighting());
            long h1 = js("return document.body.classList.contains('deck') ? 1 : document.querySelectorAll('h1').length;");
            if (h1 != 1) {
                p.add(h1 + " <h1> on the page, not one");
            }
            p.addAll(axe(page, contentFindings));
            shot(page, "desktop");
            features(page, "desktop");
            p.addAll(dark(page, contentFindings));
            p.addAll(phone(page));
            p.forEach(x -> problems.add(page + ": " + x));
            System.out.printf(Locale.ROOT, "  %-75s %5d ms%s%n", page, (System.nanoTime() - t0) / 1_000_000,
                    p.isEmpty() ? "" : "  " + p.size() + " problem(s)");
        }
        System.out.printf(Locale.ROOT, "%d pages checked in %d ms%n", pages.size(), (System.nanoTime() - start) / 1_000_000);
        if (!contentFindings.isEmpty()) {
            System.out.println("Content accessibility findings (the author's; the build warns at file:line):");
            contentFindings.forEach(f -> System.out.println("  " + f));
        }
        assertTrue(requestsSeen > 3 * pages.size(), "the network log works: " + requestsSeen + " requests seen");
        Files.write(SHOTS.resolve("problems.txt"), problems);
        assertTrue(problems.isEmpty(), problems.size() + " problem(s) (all in " + SHOTS.resolve("problems.txt")
                + "):\n" + String.join("\n", problems.subList(0, Math.min(60, problems.size()))));
    }

    @Test
    @Order(2)
    void theCopyButtonCopiesTheCodeWithoutNoBreakSpaces() {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("backend/sincrono-assincrono.html");
        List<WebElement> buttons = browser.findElements(By.cssSelector(".prose .copy-button"));
        assertTrue(buttons.size() >= 10, "copy buttons: " + buttons.size());
        int checked = 0;
        for (WebElement button : buttons) {
            if (!button.isDisplayed()) {
                continue; // the Java tab's button, behind the Python tab
            }
            js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
            String expected = js("return arguments[0].closest('.code-block').querySelector('code').textContent"
                    + ".replace(/\\n$/, '');", button);
            ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.writeText('').then(done, done);");
            button.click();
            String copied = clipboard();
            for (int i = 0; i < 100 && copied.isEmpty(); i++) {
                copied = clipboard();
            }
            assertEquals(expected, copied, "copied text of block " + checked);
            assertFalse(copied.contains("\u00a0"), "a no-break space in the copied code of block " + checked);
            checked++;
        }
        assertTrue(checked >= 10, "visible copy buttons clicked: " + checked);
    }

    @Test
    @Order(2)
    void aPrintedLessonShowsEveryTabLabelledAndNoNavigation() {
        open("backend/sincrono-assincrono.html");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            Map<?, ?> printed = js("var group = document.querySelector('.prose .lab-tabs');"
                    + " var panels = [...group.querySelectorAll(':scope > .lab-tabs__panel')];"
                    + " return {shown: panels.filter(p => getComputedStyle(p).display !== 'none').length,"
                    + " panels: panels.length,"
                    + " labels: panels.map(p => getComputedStyle(p, '::before').content),"
                    + " tabs: getComputedStyle(group.querySelector('.lab-tabs__list')).display,"
                    + " sidebar: getComputedStyle(document.querySelector('.sidebar')).display};");
            assertEquals(printed.get("panels"), printed.get("shown"), "every panel on paper: " + printed);
            assertEquals(List.of("\"Python\"", "\"Java\""), printed.get("labels"), printed.toString());
            assertEquals("none", printed.get("tabs"), printed.toString());
            assertEquals("none", printed.get("sidebar"), printed.toString());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    @Order(3)
    void darkModeTogglesAndSurvivesAReload() throws IOException {
        open("programacao-assincrona/bloqueio-e-loop-de-eventos.html");
        String before = js("return document.documentElement.dataset.theme;");
        browser.findElement(By.cssSelector(".theme-toggle")).click();
        String after = js("return document.documentElement.dataset.theme;");
        assertNotEquals(before, after);
        browser.navigate().refresh();
        waitForPage();
        assertEquals(after, js("return document.documentElement.dataset.theme;"), "the choice survives a reload");
        if ("dark".equals(after)) {
            shot("programacao-assincrona/bloqueio-e-loop-de-eventos.html", "desktop-dark");
            List<String> findings = axe("dark: bloqueio-e-loop-de-eventos.html", new ArrayList<>());
            assertTrue(findings.isEmpty(), "axe in dark mode:\n" + String.join("\n", findings));
        }
        open("index.html");
        assertEquals(after, js("return document.documentElement.dataset.theme;"), "and holds on other pages");
        if ("dark".equals(after)) {
            shot("index.html", "desktop-dark");
        }
        browser.findElement(By.cssSelector(".theme-toggle")).click();
        assertEquals(before, js("return document.documentElement.dataset.theme;"), "and toggles back");
    }

    @Test
    @Order(4)
    void theDeckNavigatesWithTheKeyboard() {
        open("programacao-assincrona/tornando-o-projeto-assincrono.slides.html#1");
        assertEquals("1", js("return document.querySelector('section[data-current]').id;"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        waitUntil("return location.hash === '#2';");
        assertEquals("2", js("return document.querySelector('section[data-current]').id;"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_LEFT);
        waitUntil("return location.hash === '#3';");
        browser.findElement(By.tagName("body")).sendKeys(Keys.END);
        waitUntil("return location.hash === '#' + document.querySelectorAll('.marpit > section').length;");
    }

    @Test
    @Order(5)
    void aMissingAddressDeepInTheSiteShowsThe404PageWithWorkingLinks() throws IOException {
        browser.get(base + "nao/existe/aula.html");
        waitUntil("return document.querySelector('.brand').getAttribute('href') === arguments[0];",
                PREFIX + "index.html");
        assertEquals(PREFIX + "index.html", js("return document.querySelector('.not-found a.button')"
                + ".getAttribute('href');"));
        String icon = js("return document.querySelector('link[rel=icon]').href;");
        assertTrue(icon.startsWith(base + "assets/favicon."), icon);
        assertEquals((Object) 200L, js("return fetch(arguments[0]).then(r => r.status);", icon));
        shot("404-deep.html", "desktop");
    }

    @Test
    @Order(6)
    void canonicalAndPreviewImageUrlsAreAbsoluteAndResolve() {
        for (String page : List.of("index.html", "backend/sincrono-assincrono.html",
                "programacao-assincrona/tornando-o-projeto-assincrono.slides.html", "python-java.html")) {
            open(page);
            String canonical = js("return document.querySelector('link[rel=canonical]').href;");
            assertEquals(page.equals("index.html") ? base : base + page, canonical);
            String image = js("return document.querySelector('meta[property=\"og:image\"]').content;");
            assertTrue(image.startsWith(base + "assets/social/"), image);
            assertEquals((Object) 200L, js("return fetch(arguments[0]).then(r => r.status);", image), image);
        }
        assertEquals((Object) 200L, js("return fetch(arguments[0]).then(r => r.status);", base + "sitemap.xml"));
    }

    @Test
    @Order(7)
    void thePythonJavaTableTurnsIntoCardsOnAPhone() {
        open("python-java.html");
        String measure = "return new Promise(r => setTimeout(() => requestAnimationFrame(() => {"
                + " var wrap = document.querySelector('.prose .table-wrap'), row = wrap.querySelector('tbody tr');"
                + " var th = row.querySelector('th').getBoundingClientRect();"
                + " var td = row.querySelector('td').getBoundingClientRect();"
                + " r({sideways: wrap.scrollWidth - wrap.clientWidth, stacked: td.top >= th.bottom - 1,"
                + " label: getComputedStyle(row.querySelector('td'), '::before').content}); }), 300));";
        Map<?, ?> desk = js(measure);
        assertEquals(Boolean.FALSE, desk.get("stacked"), "side by side on a desktop: " + desk);
        assertEquals(0L, ((Number) desk.get("sideways")).longValue(), desk.toString());
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            Map<?, ?> phone = js(measure);
            assertEquals(Boolean.TRUE, phone.get("stacked"), "one card per row on a phone: " + phone);
            assertEquals(0L, ((Number) phone.get("sideways")).longValue(), "no sideways scrolling: " + phone);
            assertEquals("\"Java nos labs\"", phone.get("label"), "each cell under its column's name");
        } finally {
            desktop();
        }
    }

    @Test
    @Order(8)
    void aWideDiagramScrollsInItsBoxOnAPhoneInsteadOfShrinkingItsLabels() {
        open("programacao-assincrona/tornando-o-projeto-assincrono.html");
        js("document.querySelector('.mermaid').scrollIntoView({block: 'center', behavior: 'instant'});");
        waitUntil("return [...document.querySelectorAll('.mermaid')].every(d => d.querySelector('svg')"
                + " && d.querySelector('svg').style.getPropertyValue('--mermaid-width'));");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            Map<?, ?> wide = js("return new Promise(r => setTimeout(() => requestAnimationFrame(() => {"
                    + " var svg = [...document.querySelectorAll('.mermaid svg')]"
                    + "   .sort((a, b) => b.viewBox.baseVal.width - a.viewBox.baseVal.width)[0];"
                    + " var box = svg.closest('.mermaid');"
                    + " r({natural: svg.viewBox.baseVal.width, shown: svg.getBoundingClientRect().width,"
                    + "   scrolls: box.scrollWidth > box.clientWidth,"
                    + "   page: document.documentElement.scrollWidth}); }), 300));");
            double natural = ((Number) wide.get("natural")).doubleValue();
            double shown = ((Number) wide.get("shown")).doubleValue();
            assertTrue(natural > 720, "the deck has a diagram wider than two phones: " + wide);
            assertTrue(shown >= 0.6 * natural, "shown at 60% of its natural width at least: " + wide);
            assertEquals(Boolean.TRUE, wide.get("scrolls"), "its box scrolls sideways: " + wide);
            assertEquals(360L, ((Number) wide.get("page")).longValue(), "the page itself does not: " + wide);
        } finally {
            desktop();
        }
    }

    /**
     * On a phone the deck's first diagram is screens below the top: Mermaid (850 KB compressed) is not fetched, and
     * the page's own scripts do not wait for it, until the reader scrolls near a diagram.
     */
    @Test
    @Order(8)
    void mermaidLoadsOnlyWhenADiagramNearsTheViewport() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            open("programacao-assincrona/tornando-o-projeto-assincrono.html");
            waitUntil("return document.querySelectorAll('.prose pre code.hljs').length > 0;"); // lousa.js ran
            Map<?, ?> before = js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() =>"
                    + " r({screens: document.querySelector('.mermaid').getBoundingClientRect().top / innerHeight,"
                    + "   asked: !!document.querySelector('script[src*=\"mermaid\"]')}))));");
            assertTrue(((Number) before.get("screens")).doubleValue() > 2, "the first diagram is far down: " + before);
            assertEquals(Boolean.FALSE, before.get("asked"), "Mermaid not asked for yet: " + before);
            js("document.querySelector('.mermaid').scrollIntoView({block: 'end', behavior: 'instant'});"
                    + " window.scrollBy(0, -innerHeight);"); // a screen above it: near enough
            waitUntil("return [...document.querySelectorAll('.mermaid')].every(d => d.querySelector('svg'));");
        } finally {
            desktop();
        }
    }

    /**
     * Ctrl+P before the reader came near a diagram: the diagrams are drawn first, then the print dialog opens, so the
     * paper shows them, not their source (a print from the browser's menu cannot wait, and prints the source).
     */
    @Test
    @Order(8)
    void ctrlPDrawsTheDiagramsBeforeThePrintDialogOpens() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            open("programacao-assincrona/tornando-o-projeto-assincrono.html");
            waitUntil("return document.querySelectorAll('.prose pre code.hljs').length > 0;"); // lousa.js ran
            js("window.printedWith = null; window.print = () => { window.printedWith ="
                    + " [...document.querySelectorAll('.mermaid')].map(d => !!d.querySelector('svg')); };");
            assertEquals(Boolean.FALSE, js("return !!document.querySelector('script[src*=\"mermaid\"]');"),
                    "no diagram near yet, so Mermaid was not asked for");
            new Actions(browser).keyDown(Keys.CONTROL).sendKeys("p").keyUp(Keys.CONTROL).perform();
            waitUntil("return window.printedWith !== null;");
            List<?> drawn = js("return window.printedWith;");
            assertFalse(drawn.isEmpty());
            assertFalse(drawn.contains(Boolean.FALSE), "every diagram an SVG when the dialog opened: " + drawn);
        } finally {
            desktop();
        }
    }

    // ---------- per-page checks ----------

    /** Console errors, and requests to anything but 127.0.0.1 and the page's own embeds and hot-linked images. */
    private List<String> consoleAndNetwork(String page) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> allowed = embeddedHosts(page);
        boolean notFound = page.equals("404.html");
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = JSON.toType(entry.getMessage(), Map.class);
            Map<?, ?> inner = (Map<?, ?>) message.get("message");
            if (!"Network.requestWillBeSent".equals(inner.get("method"))) {
                continue;
            }
            String url = (String) ((Map<?, ?>) ((Map<?, ?>) inner.get("params")).get("request")).get("url");
            requestsSeen++;
            String host = host(url);
            if (host != null && !LOCAL.contains(host) && !allowed.contains(host)) {
                problems.add("request leaves the machine: " + url);
            }
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() < Level.SEVERE.intValue()) {
                continue;
            }
            String text = entry.getMessage();
            String url = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
            boolean blockedEmbed = text.contains("Failed to load resource") && allowed.contains(host(url));
            // The 404 page finds the site root by probing parent folders for its stylesheet: misses are expected.
            boolean probe = notFound && text.contains("404 (Not Found)") && url.contains("/assets/lousa.");
            if (!blockedEmbed && !probe) {
                problems.add("console " + entry.getLevel() + ": " + text);
            }
        }
        return problems;
    }

    /**
     * Every diagram becomes an SVG without error text. On a lesson page, Mermaid loads only once a diagram comes
     * near the viewport: not while the first one is more than two screens down, and then for all of them.
     */
    private static List<String> mermaid() {
        List<String> problems = new ArrayList<>();
        long diagrams = js("return document.querySelectorAll('.mermaid').length;");
        if (diagrams == 0) {
            return problems;
        }
        if (Boolean.FALSE.equals(js("return document.body.classList.contains('deck');"))) {
            // Two frames: the observer's first report comes with the next rendering update.
            String early = js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => {"
                    + " var far = document.querySelector('.mermaid').getBoundingClientRect().top > 2 * innerHeight;"
                    + " var asked = !!document.querySelector('script[src*=\"mermaid\"]');"
                    + " r(far && asked ? 'loaded with no diagram near the viewport' : ''); })));");
            if (!early.isEmpty()) {
                problems.add("Mermaid: " + early);
            }
            js("document.querySelector('.mermaid').scrollIntoView({block: 'center', behavior: 'instant'});");
        }
        try {
            waitUntil("return [...document.querySelectorAll('.mermaid')].every(d => d.querySelector('svg'));");
        } catch (AssertionError e) {
            problems.add("Mermaid: " + js("return [...document.querySelectorAll('.mermaid')]"
                    + ".filter(d => !d.querySelector('svg')).length;") + " of " + diagrams + " diagrams are no SVG");
        }
        String errors = js("return [...document.querySelectorAll('.mermaid, body > div[id^=d]')]"
                + ".map(d => d.textContent).filter(t => /Syntax error|Parse error|error in text/i.test(t)).join(' | ');");
        if (!errors.isEmpty()) {
            problems.add("Mermaid error text: " + errors);
        }
        js("window.scrollTo(0, 0);");
        return problems;
    }

    private static List<String> highlighting() {
        List<String> problems = new ArrayList<>();
        try {
            waitUntil("return [...document.querySelectorAll('pre code.language-python, pre code.language-java')]"
                    + ".every(c => c.querySelector('span[class^=\"hljs-\"]') || c.textContent.trim().length < 3);");
        } catch (AssertionError e) {
            problems.add("code not highlighted: " + js("return [...document.querySelectorAll("
                    + "'pre code.language-python, pre code.language-java')].filter(c => !c.querySelector("
                    + "'span[class^=\"hljs-\"]')).map(c => c.textContent.slice(0, 40)).join(' | ');"));
        }
        return problems;
    }

    /**
     * axe-core on the page: serious and critical violations are problems, printed with rule, impact, target and
     * help URL; an image without alt text inside the lesson that the build already warned about is the author's
     * to describe, and is listed in {@code contentFindings} instead.
     */
    private static List<String> axe(String page, List<String> contentFindings) {
        List<String> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(js("return typeof axe !== 'undefined';"))) {
            js(axeSource);
        }
        Object raw = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map(n => ({target:"
                + " n.target.join(' '), html: n.html, impact: n.impact, why: (n.any.concat(n.all, n.none))"
                + ".map(c => c.message).join('; '), inProse: !!document.querySelector("
                + "n.target[0]) && !!document.querySelector(n.target[0]).closest('.prose'), src: (document.querySelector("
                + "n.target[0]) || {getAttribute: () => ''}).getAttribute('src') || ''}))}))),"
                + " e => done('axe failed: ' + e));");
        if (raw instanceof String error) {
            problems.add(error);
            return problems;
        }
        for (Object o : (List<?>) raw) {
            Map<?, ?> v = (Map<?, ?>) o;
            for (Object n : (List<?>) v.get("nodes")) {
                Map<?, ?> node = (Map<?, ?>) n;
                String impact = String.valueOf(node.get("impact") != null ? node.get("impact") : v.get("impact"));
                if (!impact.equals("serious") && !impact.equals("critical")) {
                    continue;
                }
                String line = v.get("id") + " (" + impact + ") at " + node.get("target") + ": " + v.get("help")
                        + " [" + node.get("why") + "] — " + v.get("helpUrl");
                String src = String.valueOf(node.get("src"));
                boolean authorsImage = "image-alt".equals(v.get("id")) && Boolean.TRUE.equals(node.get("inProse"))
                        && !src.isEmpty() && altWarnings.stream().anyMatch(w -> src.startsWith(warnedSource(w)));
                if (authorsImage) {
                    contentFindings.add(page + ": " + line);
                } else {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    /** The same in dark mode, switched as a reader would (the toggle; the 404 page has none); a screenshot. */
    private static List<String> dark(String page, List<String> contentFindings) throws IOException {
        if (Boolean.TRUE.equals(js("return document.body.classList.contains('deck');"))) {
            return List.of(); // presentation pages have the deck's own theme, no dark mode
        }
        boolean toggle = !browser.findElements(By.cssSelector(".theme-toggle")).isEmpty();
        if (toggle) {
            browser.findElement(By.cssSelector(".theme-toggle")).click();
        } else {
            js("document.documentElement.setAttribute('data-theme', 'dark');");
        }
        try {
            waitUntil("return document.documentElement.dataset.theme === 'dark';");
            waitUntil("return [...document.querySelectorAll('.mermaid')].every(d => d.querySelector('svg'));");
            js("return new Promise(r => setTimeout(r, 250));"); // let .15s colour transitions end
            List<String> problems = axe(page + " (dark)", contentFindings).stream().map(x -> "dark: " + x).toList();
            shot(page, "desktop-dark");
            return problems;
        } finally {
            if (toggle) {
                browser.findElement(By.cssSelector(".theme-toggle")).click();
            } else {
                js("document.documentElement.setAttribute('data-theme', 'light');");
            }
        }
    }

    /** The start of the {@code src} in "…: image without alt text: SRC… — hint". */
    private static String warnedSource(String warning) {
        String rest = warning.substring(warning.indexOf("image without alt text: ") + 24);
        rest = rest.substring(0, rest.indexOf(" — "));
        return rest.endsWith("…") ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** At 360×780: nothing wider than the screen; then the phone screenshot. */
    private static List<String> phone(String page) throws IOException {
        List<String> problems = new ArrayList<>();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            // The drawer slides away over .22 s when the width crosses its breakpoint: wait until it has.
            long width = js("return new Promise(r => setTimeout(() => requestAnimationFrame(() =>"
                    + " r(Math.max(window.innerWidth, document.documentElement.scrollWidth))), 300));");
            if (width > 360) {
                problems.add("at 360 px the page is " + width + " px wide; widest: " + js(
                        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
                                + " > 361 && !e.closest('pre, .table-wrap, .mermaid, .marpit, .deck-stage'))"
                                + ".slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' +"
                                + " Math.round(e.getBoundingClientRect().right)).join(', ');"));
            }
            shot(page, "phone");
            features(page, "phone");
        } finally {
            desktop();
        }
        return problems;
    }

    /** For review: the first admonition, Python|Java tab group, lab output and diagram of the page, in view. */
    @Test
    @Order(9)
    void aFencesTitleMarkedLinesAndLineNumbersShowAndStayOutOfTheCopiedCode() throws IOException {
        openCleanFixturePage("m/codigo.html", null);
        Map<?, ?> blocks = js("return [...document.querySelectorAll('.prose .code-block')].map(b => {"
                + " var code = b.querySelector('code'), lines = [...code.querySelectorAll('.code-line')];"
                + " return {title: (b.querySelector('.code-title') || {}).textContent || null,"
                + "   marked: lines.map((l, i) => l.classList.contains('is-marked') ? i + 1 : 0).filter(n => n),"
                + "   numbers: lines.map(l => getComputedStyle(l, '::before').content),"
                + "   counterReset: code.style.counterReset,"
                + "   text: code.textContent, lines: lines.map(l => l.innerHTML),"
                + "   markedWidth: (b.querySelector('.is-marked') || {}).scrollWidth || 0,"
                + "   scrollWidth: b.querySelector('pre').scrollWidth}; })"
                + ".reduce((all, b, i) => (all['block' + i] = b, all), {});");
        Map<?, ?> first = (Map<?, ?>) blocks.get("block0");
        assertEquals("servidor.py", first.get("title"), "the title takes the language's place: " + first);
        assertEquals(List.of(1L, 4L, 5L), first.get("marked"));
        assertEquals(Collections.nCopies(7, "counter(code-line)"), first.get("numbers"), "a number before each line");
        assertEquals("code-line 0", first.get("counterReset"), "counting from 1");
        assertTrue(((String) first.get("text")).startsWith("import asyncio\n\nasync def main():\n"),
                "the numbers are not in the text the copy button copies: " + first.get("text"));

        Map<?, ?> magic = (Map<?, ?>) blocks.get("block1");
        assertEquals(List.of(5L, 6L), magic.get("marked"), "highlight-start … highlight-end: " + magic);
        assertFalse(((String) magic.get("text")).contains("highlight-"), "the magic comments leave the code");
        assertEquals(List.of("none", "none", "none", "none", "none", "none", "none"), magic.get("numbers"));
        List<?> lines = (List<?>) magic.get("lines");
        for (int i = 1; i <= 3; i++) { // the docstring's three lines: each whole, in a string span of its own
            assertTrue(((String) lines.get(i)).contains("<span class=\"hljs-string\">"), i + ": " + lines);
        }

        Map<?, ?> wide = (Map<?, ?>) blocks.get("block2");
        assertEquals(Collections.nCopies(3, "counter(code-line)"), wide.get("numbers"));
        assertEquals("code-line 9", wide.get("counterReset"), "showLineNumbers=10 counts from 10");
        assertEquals(List.of(2L), wide.get("marked"));
        long markedWidth = ((Number) wide.get("markedWidth")).longValue();
        long scrollWidth = ((Number) wide.get("scrollWidth")).longValue();
        assertTrue(markedWidth >= scrollWidth - 40, "a marked line's band runs the whole scrolled width: " + wide);
        shot("codigo/m/codigo.html", "desktop");
    }

    /**
     * highlight.js loads async, so the page's own script does not wait for it, and paints the code when it comes.
     * When it never comes (blocked here, so it fails before lousa.js runs and no event of its will reach it), the code
     * blocks still get their lines, marks and numbers, as plain text, once the page has loaded.
     */
    @Test
    @Order(9)
    void withoutTheHighlighterCodeBlocksStillGetTheirLines() {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/assets/highlight.*.js")));
        try {
            browser.get(base.replace(PREFIX, CODE_PREFIX) + "m/codigo.html");
            waitForPage();
            waitUntil("return document.querySelectorAll('.prose .code-block .code-line').length > 0;");
            Map<?, ?> state = js("var first = document.querySelector('.prose .code-block');"
                    + " return {highlighted: document.querySelectorAll('.prose code.hljs').length,"
                    + "   lines: first.querySelectorAll('.code-line').length,"
                    + "   marked: first.querySelectorAll('.code-line.is-marked').length,"
                    + "   copy: !!first.querySelector('.copy-button')};");
            assertEquals(0L, state.get("highlighted"), "the highlighter was blocked: " + state);
            assertEquals(7L, state.get("lines"), state.toString());
            assertEquals(3L, state.get("marked"), state.toString());
            assertEquals(Boolean.TRUE, state.get("copy"), state.toString());
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    @Test
    @Order(10)
    void docusaurusTabsSwitchTogetherWithinTheirGroupIdAndRememberTheChoice() throws IOException {
        browser.get(base.replace(PREFIX, CODE_PREFIX) + "m/abas.html");
        waitForPage();
        js("localStorage.clear();");
        openCleanFixturePage("m/abas.html", null);
        String shown = "return [...document.querySelectorAll('.content-tabs')].map(g =>"
                + " [...g.querySelectorAll('[role=tabpanel]')].filter(p => !p.hidden).map(p => p.dataset.label).join());";
        assertEquals(List.of("Python", "Windows", "Linux"), js(shown), "each group opens on its default");
        browser.findElement(By.id("abas-2-linux-tab")).click();
        assertEquals(List.of("Python", "Linux", "Linux"), js(shown), "the same groupId follows; the other does not");
        browser.findElement(By.id("abas-1-java-tab")).click();
        assertEquals(List.of("Java", "Linux", "Linux"), js(shown));
        browser.navigate().refresh();
        waitForPage();
        assertEquals(List.of("Python", "Linux", "Linux"), js(shown),
                "a groupId's choice is remembered; a group without one opens on its default again");
        assertEquals("python", js("return localStorage.getItem('lousa.lab-lang') || 'python';"),
                "content tabs leave the labs' Python/Java choice alone");
        shot("codigo/m/abas.html", "desktop");
    }

    @Test
    @Order(11)
    void mathIsTypesetWithTheVendoredKatexAndABrokenFormulaStaysReadable() throws IOException {
        openCleanFixturePage("m/matematica.html", "return document.querySelectorAll('.math[data-tex]').length === 3;");
        Map<?, ?> math = js("return {typeset: document.querySelectorAll('.math .katex').length,"
                + " display: document.querySelectorAll('.math-display .katex-display').length,"
                + " mathml: document.querySelectorAll('.math math').length,"
                + " fontsLoaded: [...document.fonts].filter(f => f.family.startsWith('KaTeX') && f.status === 'loaded').length,"
                + " broken: (document.querySelector('.math-error') || {}).textContent || null,"
                + " prose: document.querySelector('.prose p').textContent};");
        assertEquals(2L, math.get("typeset"), "inline and block: " + math);
        assertEquals(1L, math.get("display"), math.toString());
        assertEquals(2L, math.get("mathml"), "MathML for screen readers: " + math);
        assertTrue(((Number) math.get("fontsLoaded")).longValue() > 0, "KaTeX's fonts load from the site: " + math);
        assertEquals("\\frac{1}{", math.get("broken"), "a formula KaTeX cannot read stays as its TeX");
        assertTrue(((String) math.get("prose")).contains("R$ 50 ou $10"), "prices stay prose: " + math);
        assertEquals(List.of(true), js("return [...document.querySelectorAll('script[src*=katex]')]"
                + ".map(s => s.src.startsWith(location.origin + '/codigo/assets/'));"), "KaTeX from the site: no CDN");
        shot("codigo/m/matematica.html", "desktop");
    }

    @Test
    @Order(12)
    void aDecksMathIsTypesetOnItsSlides() {
        browser.get(base.replace(PREFIX, CODE_PREFIX) + "m/slides.slides.html");
        waitForPage();
        Map<?, ?> math = js("return {typeset: document.querySelectorAll('div.marpit .math .katex').length,"
                + " errors: document.querySelectorAll('div.marpit .math-error').length,"
                + " script: [...document.querySelectorAll('script[src*=katex]')].map(s => s.src).join()};");
        assertEquals(2L, math.get("typeset"), "both formulas, on their slides: " + math);
        assertEquals(0L, math.get("errors"), math.toString());
        assertTrue(((String) math.get("script")).startsWith(origin() + "/codigo/assets/katex-"), "the site's KaTeX: " + math);
        Map<?, ?> fit = js("var h = document.querySelector('div.marpit [data-fit]'),"
                + " c = h.querySelector('[data-fit-content]');"
                + " return {ratio: c.offsetWidth / h.clientWidth, size: parseFloat(getComputedStyle(h).fontSize),"
                + " lines: Math.round(c.offsetHeight / parseFloat(getComputedStyle(h).lineHeight || 1))};");
        double ratio = ((Number) fit.get("ratio")).doubleValue();
        assertTrue(ratio > 0.97 && ratio < 1.01, "a fitting header is as wide as the slide: " + fit);
        assertTrue(((Number) fit.get("size")).doubleValue() > 150, "a short one grows, as in Marp: " + fit);
    }

    @Test
    @Order(13)
    void aTagLeadsToItsLessonsOnTheTagsPage() throws IOException {
        openCleanFixturePage("m/etiquetas.html", null);
        assertEquals(List.of("#asyncio", "#concorrência", "#python/básico"),
                js("return [...document.querySelectorAll('.article-header .tag-list a')].map(a => a.textContent);"));
        shot("codigo/m/etiquetas.html", "desktop");
        browser.findElement(By.cssSelector(".prose a.tag[href$='python-básico']")).click();
        waitUntil("return location.pathname.endsWith('/tags.html') && document.readyState === 'complete';");
        Map<?, ?> target = js("var h = document.getElementById(decodeURIComponent(location.hash.slice(1)));"
                + " var top = h && h.getBoundingClientRect().top;"
                + " return {path: location.pathname, id: h && h.id, visible: !!h && top >= 40 && top < innerHeight - 40,"
                + " lessons: h ? [...h.parentElement.querySelectorAll('.tag-lessons a')].map(a => a.textContent) : []};");
        assertEquals("/codigo/tags.html", target.get("path"), "under the site's sub-path: " + target);
        assertEquals("python-básico", target.get("id"), target.toString());
        assertEquals(true, target.get("visible"), "the tag's section is in view, below the header: " + target);
        assertEquals(List.of("Etiquetas"), target.get("lessons"));
        openCleanFixturePage("tags.html", null);
        shot("codigo/tags.html", "desktop");
    }

    @Test
    @Order(14)
    void anImageShownSmallerThanItIsOpensAtFullSizeAndClosesWithEscape() throws IOException {
        openCleanFixturePage("m/imagens.html", "return [...document.images].every(i => i.complete);");
        assertEquals(List.of(true, false), js("return [...document.querySelectorAll('.prose img')]"
                + ".map(i => i.classList.contains('zoomable'));"), "only the one the page scales down");
        browser.findElement(By.cssSelector(".prose img.zoomable")).click();
        waitUntil("return !!document.querySelector('dialog.lightbox[open]');");
        Map<?, ?> open = js("var d = document.querySelector('dialog.lightbox'), i = d.querySelector('img');"
                + " return {alt: i.alt, width: Math.round(i.getBoundingClientRect().width), view: innerWidth,"
                + " prose: Math.round(document.querySelector('.prose img').getBoundingClientRect().width)};");
        assertEquals("Diagrama largo", open.get("alt"));
        assertTrue(((Number) open.get("width")).longValue() > ((Number) open.get("prose")).longValue(),
                "larger than on the page: " + open);
        shot("codigo/m/imagens.html", "zoom");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitUntil("return !document.querySelector('dialog.lightbox[open]');");
        assertEquals("/codigo/m/imagens.html", js("return location.pathname;"), "Esc closes it; no navigation");
    }

    /**
     * A lesson file named "C# e F#.md": every link to it carries %23 and %20, or the browser reads a fragment. Its
     * page is short: a section chosen in the TOC that cannot scroll up to the top is the one the TOC marks.
     */
    @Test
    @Order(15)
    void aLessonNamedWithAHashAndBlanksIsReachedFromThePagerAndItsTocWorks() throws IOException {
        openCleanFixturePage("m/imagens.html", null);
        browser.findElement(By.cssSelector(".pager-next")).click();
        waitUntil("return document.readyState === 'complete' && document.querySelector('h1')"
                + " && document.querySelector('h1').textContent === 'C# e F#';");
        assertEquals("/codigo/m/C%23%20e%20F%23.html", js("return location.pathname;"));
        openCleanFixturePage("m/C%23%20e%20F%23.html", null);
        browser.findElement(By.cssSelector(".toc-aside nav.toc a[href*='sinais']")).click();
        Map<?, ?> target = js("var h = document.getElementById(decodeURIComponent(location.hash.slice(1)));"
                + " var top = h && h.getBoundingClientRect().top;"
                + " return {text: h && h.textContent.replace(/#$/, ''), visible: !!h && top >= 40 && top < innerHeight - 40};");
        assertEquals("Sinais: <, >, & e 100%", target.get("text"), target.toString());
        assertEquals(true, target.get("visible"), "the section is in view, below the header: " + target);
        waitUntil("return document.querySelector('.toc-aside a[aria-current=location]').hash === '#sinais-e-100';");
        browser.findElement(By.cssSelector(".toc-aside nav.toc a[href*='acao']")).click();
        waitUntil("return document.querySelector('.toc-aside a[aria-current=location]').hash === '#acao-reacao-c';");
        assertEquals("/codigo/m/C%23%20e%20F%23.html",
                js("return document.querySelector('#sidebar a[aria-current=page]').getAttribute('href')"
                        + " .replace(/^(\\.\\.\\/)+/, '/codigo/');"), "the sidebar marks it as the page open");
        shot("codigo/m/C%23%20e%20F%23.html", "desktop");
        // A link from elsewhere to the last section: the footer's offline button appears after the jump, so the
        // page is no longer at its end, and the section above fills the band; the chosen one is still marked.
        browser.get(base.replace(PREFIX, CODE_PREFIX) + "m/imagens.html");
        waitForPage();
        browser.get(base.replace(PREFIX, CODE_PREFIX) + "m/C%23%20e%20F%23.html#acao-reacao-c");
        waitForPage();
        waitUntil("return document.querySelector('.toc-aside a[aria-current=location]').hash === '#acao-reacao-c';");
    }

    /**
     * Opens a page of the fixture site and checks it as every page of the course is checked: no console error, no
     * request off the machine, axe in the light and the dark theme (author findings included: the fixture is ours).
     *
     * @param ready a script that returns true once the page's scripts are done with it, or null
     */
    private void openCleanFixturePage(String page, String ready) throws IOException {
        browser.get(base.replace(PREFIX, CODE_PREFIX) + page);
        waitForPage();
        if (ready != null) {
            waitUntil(ready);
        }
        String name = CODE_PREFIX.substring(1) + page;
        List<String> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>(consoleAndNetwork(name));
        problems.addAll(axe(name, findings));
        problems.addAll(dark(name, findings));
        problems.addAll(findings);
        assertEquals(List.of(), problems, name);
    }

    private static void features(String page, String kind) throws IOException {
        for (String feature : List.of("admonition", "lab-tabs", "lab-output", "mermaid")) {
            if (Boolean.TRUE.equals(js("var e = document.querySelector('.prose .' + arguments[0]); if (!e) return false;"
                    + " e.scrollIntoView({block: 'start', behavior: 'instant'}); window.scrollBy(0, -70); return true;",
                    feature))) {
                shot(page, feature + "-" + kind);
            }
        }
        js("window.scrollTo(0, 0);");
    }

    // ---------- helpers ----------

    private static void desktop() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 800,
                "deviceScaleFactor", 1, "mobile", false));
    }

    private static void open(String page) {
        browser.manage().logs().get(LogType.PERFORMANCE); // drop what earlier pages logged
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(base + page);
        waitForPage();
    }

    private static void waitForPage() {
        waitUntil("return document.readyState === 'complete';");
        if (Boolean.TRUE.equals(js("return document.body.classList.contains('deck');"))) {
            waitUntil("return document.body.dataset.deckReady === 'true';");
        }
    }

    private static void shot(String page, String kind) throws IOException {
        String name = page.replaceFirst("\\.html$", "").replace('/', '_') + "-" + kind + ".png";
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** All HTML pages of the built site, home first. */
    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<String> pages = new ArrayList<>(files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList());
            pages.remove("index.html");
            pages.add(0, "index.html");
            return pages;
        }
    }

    /** Hosts of the {@code <iframe src>} and {@code <img src>} in the page's HTML as built: its own embeds. */
    private static Set<String> embeddedHosts(String page) throws IOException {
        // A page's address without its fragment, then as a file name: "C%23%20e%20F%23.html" is "C# e F#.html".
        String file = java.net.URLDecoder.decode(page.replaceFirst("#.*$", ""), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(Files.readString(file.startsWith(CODE_PREFIX.substring(1))
                ? codeSite.resolve(file.substring(CODE_PREFIX.length() - 1)) : site.resolve(file)));
        Set<String> hosts = new TreeSet<>();
        for (Element element : doc.select("iframe[src], img[src]")) {
            String host = host(element.attr("src"));
            if (host != null) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    private static String host(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return null; // data:, blob:, about:, chrome-error:, relative
        }
        try {
            return URI.create(url.replace(" ", "%20").replace("|", "%7C")).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String clipboard() {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('clipboard failed: ' + e));");
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script, Object... args) {
        return (T) browser.executeScript(script, args);
    }

    private static void waitUntil(String script, Object... args) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(25))
                    .until(driver -> Boolean.TRUE.equals(js(script, args)));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + script, e);
        }
    }

    // ---------- the server: GitHub Pages in miniature ----------

    private static final Map<String, String> TYPES = new LinkedHashMap<>(Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css", "js", "text/javascript",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8", "woff2", "font/woff2"));

    /** Files of the site under /curso/; anything missing gets 404.html with status 404, at any depth. */
    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = null;
            Path root = path.startsWith(CODE_PREFIX) ? codeSite : site;
            String prefix = root == codeSite ? CODE_PREFIX : PREFIX;
            if (path.startsWith(prefix)) {
                String relative = path.substring(prefix.length());
                file = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
                        .normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    file = null;
                }
            }
            int status = file == null ? 404 : 200;
            Path body = file == null ? site.resolve("404.html") : file;
            String name = body.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] bytes = Files.readAllBytes(body);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        }
    }
}
