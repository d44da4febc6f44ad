package lousa.deck;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the seed deck's presentation page in headless Chromium (skipped when {@code /usr/bin/chromium} is missing
 * or with {@code -Dlousa.browser=false}). With {@code -Dlousa.screenshots=DIR} it also writes a screenshot of each
 * slide, of the overview and of the presenter view into DIR.
 */
class DeckBrowserTest {

    @TempDir
    static Path site;
    private static Chromium chromium;
    private static String url;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Chromium.available(), "no /usr/bin/chromium");
        String keep = System.getProperty("lousa.screenshots");
        Path root = keep == null || keep.isBlank() ? site.resolve("site") : Path.of(keep, "site");
        // The real build of the real course: what learners get, not a stand-in page.
        var result = new lousa.build.Build().run(new lousa.build.BuildOptions(Path.of("..", "content"), root, false,
                null, true));
        assumeTrue(!result.failed(), "the seed course must build");
        url = root.resolve(DeckPaths.presentationPath(SeedSite.LESSON)).toUri().toString();
        chromium = new Chromium(1280, 720);
        chromium.open(url + "#1");
        chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static void openAt(int slide) throws Exception {
        chromium.viewport(1280, 720);
        chromium.open(url + "#" + slide);
        chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
    }

    @Test
    void everySlideIsOneSectionInOrder() throws Exception {
        openAt(1);
        Object ids = chromium.eval("[...document.querySelectorAll('div.marpit > section')].map(s => s.id).join(',')");
        assertEquals("1,2,3,4,5,6,7", ids);
    }

    @Test
    void bothMermaidDiagramsBecomeSvg() throws Exception {
        openAt(1);
        Object diagrams = chromium.eval("document.querySelectorAll('div.marpit div.mermaid').length");
        Object svgs = chromium.eval("document.querySelectorAll('div.marpit div.mermaid > svg').length");
        Object errors = chromium.eval("document.querySelectorAll('.lousa-mermaid-error').length");
        assertEquals(2.0, diagrams);
        assertEquals(2.0, svgs);
        assertEquals(0.0, errors);
    }

    @Test
    void theTwoColumnsSitSideBySide() throws Exception {
        openAt(5);
        Map<?, ?> boxes = (Map<?, ?>) chromium.eval("""
                (() => {
                  const [a, b] = document.querySelectorAll('section[id="5"] .columns > *');
                  const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
                  return {count: document.querySelectorAll('section[id="5"] .columns > *').length,
                          aRight: ra.right, bLeft: rb.left, aTop: ra.top, bTop: rb.top, aWidth: ra.width};
                })()""");
        assertEquals(2.0, boxes.get("count"));
        double aRight = (Double) boxes.get("aRight");
        double bLeft = (Double) boxes.get("bLeft");
        assertTrue(bLeft >= aRight - 0.5, "second column starts after the first ends: " + boxes);
        assertTrue(Math.abs((Double) boxes.get("aTop") - (Double) boxes.get("bTop")) < 1, "same top: " + boxes);
        assertTrue((Double) boxes.get("aWidth") > 100, "columns are not collapsed: " + boxes);
    }

    @Test
    void arrowKeysMoveBetweenSlidesAndTheHashFollows() throws Exception {
        openAt(3);
        assertEquals("3", chromium.eval("document.querySelector('section[data-current]').id"));
        chromium.press("ArrowRight", "ArrowRight", 39);
        assertEquals("4", chromium.eval("document.querySelector('section[data-current]').id"));
        assertEquals("#4", chromium.eval("location.hash"));
        chromium.press("ArrowLeft", "ArrowLeft", 37);
        chromium.press("ArrowLeft", "ArrowLeft", 37);
        assertEquals("2", chromium.eval("document.querySelector('section[data-current]').id"));
        chromium.press("End", "End", 35);
        assertEquals("7", chromium.eval("document.querySelector('section[data-current]').id"));
        chromium.press("Home", "Home", 36);
        assertEquals("1", chromium.eval("document.querySelector('section[data-current]').id"));
    }

    @Test
    void overviewSwipeAndSyncChannelDriveTheDeck() throws Exception {
        openAt(2);
        chromium.press("o", "KeyO", 79);
        assertEquals(Boolean.TRUE, chromium.eval("document.body.classList.contains('deck-overview')"));
        assertEquals("visible", chromium.eval("getComputedStyle(document.querySelector('section[id=\"6\"]')).visibility"));
        chromium.press("Escape", "Escape", 27);
        assertEquals(Boolean.FALSE, chromium.eval("document.body.classList.contains('deck-overview')"));

        chromium.eval("""
                (() => {
                  const stage = document.querySelector('.deck-stage');
                  const touch = x => new Touch({identifier: 1, target: stage, clientX: x, clientY: 300});
                  stage.dispatchEvent(new TouchEvent('touchstart', {touches: [touch(900)], changedTouches: [touch(900)]}));
                  stage.dispatchEvent(new TouchEvent('touchend', {touches: [], changedTouches: [touch(500)]}));
                })()""");
        assertEquals("3", chromium.eval("document.querySelector('section[data-current]').id"), "swipe left: next");

        // Another window (the presenter view) speaks on the same BroadcastChannel: this one follows it, and back.
        chromium.eval("""
                window.heard = [];
                window.other = new BroadcastChannel('lousa-deck:' + location.pathname);
                other.onmessage = e => heard.push(e.data.index);
                other.postMessage({lousaDeck: 'lousa-deck:' + location.pathname, index: 5});""");
        chromium.await("document.querySelector('section[data-current]').id === '6'", Duration.ofSeconds(5));
        chromium.press("ArrowRight", "ArrowRight", 39);
        chromium.await("window.heard.includes(6)", Duration.ofSeconds(5));
    }

    @Test
    void printingGivesOnePagePerSlideAtSlideSize() throws Exception {
        openAt(1);
        String pdf = new String(chromium.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(7, pdf.split("/Type /Page\\b", -1).length - 1, "pages");
        assertTrue(pdf.contains("/MediaBox [0 0 960 540]"), "1280×720 px is 960×540 pt");
    }

    @Test
    void nothingIsLoadedFromTheNetwork() throws Exception {
        openAt(4);
        Object remote = chromium.eval(
                "performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:')).length");
        assertEquals(0.0, remote);
    }

    /** The presentation page of a fixture deck (src/test/resources/deck/fixtures/NAME.md), with its assets. */
    private static Path fixturePage(String name) throws IOException {
        Path pages = site.resolve(name);
        DeckAssetUrls assets = DeckAssets.write(lousa.site.AssetFiles.into(pages),
                lousa.site.Theme.builtIn().writeAssets(lousa.site.AssetFiles.into(pages), java.util.List.of("python")));
        Deck deck = TestMarkdown.readFile(Path.of("src/test/resources/deck/fixtures/" + name + ".md")).deck();
        Path page = pages.resolve(name + ".slides.html");
        Files.writeString(page, DeckPage.render(deck, new DeckPageContext("Curso", "", "pt-BR", "", "", assets)));
        return page;
    }

    @Test
    void aFootnoteLinkStaysOnItsSlide() throws Exception {
        Path page = fixturePage("footnotes");
        try {
            chromium.open(page.toUri() + "#3");
            chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
            chromium.eval("document.querySelector('section[id=\"3\"] a.footnote-ref').click()");
            assertEquals("3", chromium.eval("document.querySelector('section[data-current]').id"));
            chromium.eval("document.querySelector('section[id=\"3\"] a.footnote-backref').click()");
            assertEquals("3", chromium.eval("document.querySelector('section[data-current]').id"));
            assertEquals("#3", chromium.eval("location.hash"));

            // In the presenter view a click on the stage advances, but a click on a link only follows it.
            chromium.open(page.toUri().toString().replace(".html", ".html?view=presenter") + "#3");
            chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
            chromium.eval("document.querySelector('.deck-stage section[id=\"3\"] a.footnote-ref').click()");
            assertEquals("3", chromium.eval("document.querySelector('.deck-stage section[data-current]').id"));
            chromium.eval("document.querySelector('.deck-stage section[id=\"3\"] p').click()");
            assertEquals("4", chromium.eval("document.querySelector('.deck-stage section[data-current]').id"));
        } finally {
            openAt(1);
        }
    }

    /**
     * Marp's fragmented lists ({@code *} and {@code 1)}) are revealed one item per step, as in Marp CLI: forward
     * through the items and on to the next slide, back to the previous slide complete, in the presenter view, the
     * overview and print.
     */
    @Test
    void fragmentedListsRevealOneItemPerStep() throws Exception {
        Path page = fixturePage("fragments");
        String state = """
                (() => {
                  const s = document.querySelector('.deck-stage section[data-current]');
                  const shown = [...s.querySelectorAll('[data-marpit-fragment]')]
                      .filter(li => getComputedStyle(li).visibility === 'visible').length;
                  return s.id + ':' + shown + location.hash;
                })()""";
        try {
            chromium.open(page.toUri() + "#1");
            chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
            assertEquals("1:0#1", chromium.eval(state), "a slide opens with its list hidden");
            chromium.press("ArrowRight", "ArrowRight", 39);
            assertEquals("1:1#1", chromium.eval(state));
            assertEquals("O loop de eventos roda uma tarefa por vez",
                    chromium.eval("document.querySelector('.deck-live').textContent"), "the new item is read out");
            chromium.press("ArrowRight", "ArrowRight", 39);
            chromium.press("ArrowRight", "ArrowRight", 39);
            assertEquals("1:3#1", chromium.eval(state), "the nested item is a step of its own");
            chromium.press(" ", "Space", 32);
            assertEquals("1:4#1", chromium.eval(state));
            chromium.press("ArrowRight", "ArrowRight", 39);
            assertEquals("2:0#2", chromium.eval(state), "after the last item, the next slide");
            assertEquals(1.0, chromium.eval("document.querySelectorAll('section[id=\"2\"] li:not([data-marpit-fragment])')"
                    + ".length"), "a '-' list is not fragmented");
            chromium.press("ArrowLeft", "ArrowLeft", 37);
            assertEquals("1:4#1", chromium.eval(state), "back: the previous slide, complete");
            chromium.press("ArrowLeft", "ArrowLeft", 37);
            assertEquals("1:3#1", chromium.eval(state));

            chromium.press("o", "KeyO", 79);
            assertEquals("visible", chromium.eval("getComputedStyle(document.querySelector("
                    + "'section[id=\"2\"] [data-marpit-fragment]')).visibility"), "the overview shows every item");
            chromium.press("Escape", "Escape", 27);
            assertEquals("1:3#1", chromium.eval(state), "closing the overview keeps the step");

            chromium.call("Emulation.setEmulatedMedia", "{\"media\":\"print\"}");
            try {
                assertEquals(0.0, chromium.eval("[...document.querySelectorAll('.deck-stage [data-marpit-fragment]')]"
                        + ".filter(li => getComputedStyle(li).visibility !== 'visible').length"), "print shows all");
            } finally {
                chromium.call("Emulation.setEmulatedMedia", "{\"media\":\"\"}");
            }

            // The other window (presenter or audience) follows the step, and hears each step taken here.
            chromium.eval("""
                    window.heard = [];
                    window.other = new BroadcastChannel('lousa-deck:' + location.pathname);
                    other.onmessage = e => heard.push(e.data.index + '.' + e.data.fragment);
                    other.postMessage({lousaDeck: 'lousa-deck:' + location.pathname, index: 1, fragment: 1});""");
            chromium.await("document.querySelector('section[data-current]').id === '2'", Duration.ofSeconds(5));
            assertEquals("2:1#2", chromium.eval(state));
            chromium.press("ArrowRight", "ArrowRight", 39);
            chromium.await("window.heard.includes('1.2')", Duration.ofSeconds(5));

            // The presenter view opens at the audience's step; its preview shows the next step.
            chromium.open(page.toUri().toString().replace(".html", ".html?view=presenter&step=2") + "#1");
            chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
            assertEquals("1:2#1", chromium.eval(state));
            assertEquals("?view=presenter", chromium.eval("location.search"), "the step is read once");
            String preview = """
                    (() => {
                      const s = document.querySelector('.deck-next section[data-current]');
                      return s.id + ':' + s.querySelectorAll('[data-bespoke-marp-fragment="active"]').length;
                    })()""";
            assertEquals("1:3", chromium.eval(preview));
            chromium.press("ArrowRight", "ArrowRight", 39);
            chromium.press("ArrowRight", "ArrowRight", 39);
            assertEquals("2:0", chromium.eval(preview), "after the last item, the next slide as it opens");
        } finally {
            openAt(1);
        }
    }

    /** Screenshots of every slide of the fixture decks, to look at the other themes and the backgrounds. */
    @Test
    void fixtureScreenshots() throws Exception {
        String dir = System.getProperty("lousa.screenshots");
        assumeTrue(dir != null && !dir.isBlank(), "set -Dlousa.screenshots=DIR to write screenshots");
        Path out = Path.of(dir);
        Path fixtures = Path.of("src/test/resources/deck/fixtures");
        Path pages = out.resolve("site/fixtures");
        Files.createDirectories(pages);
        String[] colours = {"#eb6f92", "#f6c177", "#31748f", "#9ccfd8", "#c4a7e7", "#ebbcba"};
        String[] images = {"fundo", "esquerda", "direita", "a", "b", "c", "v1", "v2", "pequena", "grafico", "foto"};
        for (int i = 0; i < images.length; i++) {
            Files.writeString(pages.resolve(images[i] + ".svg"), "<svg xmlns='http://www.w3.org/2000/svg' "
                    + "width='400' height='300'><rect width='400' height='300' fill='" + colours[i % colours.length]
                    + "'/><circle cx='200' cy='150' r='90' fill='#191724' opacity='.35'/></svg>");
        }
        DeckAssetUrls assets = DeckAssets.write(lousa.site.AssetFiles.into(out.resolve("site")),
                lousa.site.Theme.builtIn().writeAssets(lousa.site.AssetFiles.into(out.resolve("site")),
                        java.util.List.of("python")));
        List<Path> decks;
        try (var list = Files.list(fixtures)) {
            decks = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path deckFile : decks) {
            String name = deckFile.getFileName().toString().replace(".md", "");
            Deck deck = TestMarkdown.readFile(deckFile).deck();
            Path page = pages.resolve(name + ".slides.html");
            Files.writeString(page, DeckPage.render(deck,
                    new DeckPageContext("Fixtures", "", "pt-BR", "../", "", assets)));
            chromium.viewport(1280, 720);
            chromium.open(page.toUri() + "#1");
            chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
            for (int i = 1; i <= deck.slides().size(); i++) {
                chromium.eval("location.hash = '#" + i + "'");
                chromium.await("document.querySelector('section[data-current]').id === '" + i + "'",
                        Duration.ofSeconds(5));
                chromium.screenshot(out.resolve("fixtures/" + name + "-" + i + ".png"));
            }
        }
    }

    @Test
    void screenshots() throws Exception {
        String dir = System.getProperty("lousa.screenshots");
        assumeTrue(dir != null && !dir.isBlank(), "set -Dlousa.screenshots=DIR to write screenshots");
        Path out = Path.of(dir);
        int total = ((Double) chromium.eval("document.querySelectorAll('div.marpit > section').length")).intValue();
        openAt(1);
        for (int i = 1; i <= total; i++) {
            chromium.eval("location.hash = '#" + i + "'");
            chromium.await("document.querySelector('section[data-current]').id === '" + i + "'", Duration.ofSeconds(5));
            chromium.screenshot(out.resolve("slide-" + i + ".png"));
        }
        chromium.press("o", "KeyO", 79);
        chromium.settle();
        chromium.screenshot(out.resolve("overview.png"));
        chromium.press("Escape", "Escape", 27);
        Files.write(out.resolve("deck.pdf"), chromium.pdf());
        chromium.viewport(1400, 820);
        chromium.open(url.replace(".html", ".html?view=presenter") + "#5");
        chromium.await("document.body && document.body.dataset.deckReady === 'true'", Duration.ofSeconds(60));
        chromium.settle();
        chromium.screenshot(out.resolve("presenter.png"));
        chromium.viewport(1280, 720);
        List<String> names = List.of("slide-1.png", "overview.png", "presenter.png");
        for (String name : names) {
            assertTrue(Files.size(out.resolve(name)) > 1000, name);
        }
    }
}
