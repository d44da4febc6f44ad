package lousa.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTest {

    static final AssetUrls ASSETS = new AssetUrls("assets/lousa.11111111.css", "assets/lousa.22222222.js",
            "assets/highlight.33333333.js", "assets/highlight.44444444.css", "assets/mermaid.55555555.js",
            "assets/favicon.66666666.svg", "assets/search.77777777.js", "assets/offline.88888888.js");

    static Theme theme;

    @BeforeAll
    static void load() {
        theme = Theme.builtIn();
    }

    static Document render(PageModel page) {
        return Jsoup.parse(theme.renderPage(page, ASSETS));
    }

    @Test
    void lessonHasLangTitleAndSkipLink() {
        Document doc = render(SamplePages.lesson("<h2 id=\"bloqueio\">Bloqueio</h2><p>Texto.</p>", false, false));
        assertEquals("pt-BR", doc.selectFirst("html").attr("lang"));
        assertEquals("Bloqueio e loop de eventos · Programação Assíncrona", doc.title());
        Element skip = doc.selectFirst("a.skip-link");
        assertEquals("#conteudo", skip.attr("href"));
        assertEquals("Ir para o conteúdo", skip.text());
        assertNotNull(doc.getElementById("conteudo"));
        assertEquals("Bloqueio e loop de eventos", doc.selectFirst("h1").text());
        assertNotNull(doc.getElementById("search"));
        assertEquals("../index.html", doc.selectFirst("a.brand").attr("href"));
    }

    @Test
    void aLessonLinksToItsSourceForEditingOnlyWhenTheCourseSaysWhere() {
        PageModel page = SamplePages.lesson("<p>x</p>", false, false);
        assertNull(render(page).selectFirst(".edit-page"), "no edit_url, no link");

        String href = "https://github.com/u/r/edit/main/content/01-a/loop.md?x=1&y=2";
        Document doc = render(new PageModel(page.lang(), page.courseTitle(), page.title(), page.description(),
                page.root(), page.path(), page.kind(), page.sidebar(), page.breadcrumbs(), page.toc(), page.prev(),
                page.next(), page.contentHtml(), false, false, null, href));
        Element link = doc.selectFirst("article .edit-page a");
        assertEquals(href, link.attr("href"));
        assertEquals("Editar esta página", link.text());
        assertNotNull(doc.selectFirst("article .page-meta .edit-page"), "under the lesson");
        assertNotNull(doc.selectFirst("article .page-meta + .pager"), "between the lesson and prev/next");
        assertNull(doc.selectFirst(".last-updated"), "no date known, none shown");
    }

    @Test
    void aLessonShowsTheDayItLastChangedInTheCoursesLanguage() {
        PageModel page = SamplePages.lesson("<p>x</p>", false, false);
        Document doc = render(new PageModel(page.lang(), page.courseTitle(), page.title(), page.description(),
                page.root(), page.path(), page.kind(), page.sidebar(), page.breadcrumbs(), page.toc(), page.prev(),
                page.next(), page.contentHtml(), false, false, null, null, List.of(),
                java.time.OffsetDateTime.parse("2026-03-05T23:30:00-03:00"), null));
        Element time = doc.selectFirst("article .page-meta .last-updated time");
        assertEquals("Última atualização em 5 de março de 2026", time.parent().text(),
                "the commit's own day, not UTC's");
        assertEquals("2026-03-05T23:30:00-03:00", time.attr("datetime"));
        assertNull(doc.selectFirst(".edit-page"), "a date needs no edit_url");
    }

    @Test
    void currentLessonIsMarkedAndItsSectionOpen() {
        Document doc = render(SamplePages.lesson("<p>x</p>", false, false));
        List<Element> current = doc.select("#sidebar [aria-current=page]");
        assertEquals(1, current.size());
        assertEquals("../assincrona/loop.html", current.get(0).attr("href"));
        Element section = current.get(0).closest("details");
        assertTrue(section.hasAttr("open"));
        assertEquals("Programação assíncrona", section.selectFirst("summary").text());
        Element other = doc.select("#sidebar details").get(1);
        assertFalse(other.hasAttr("open"), "a section without the current page is closed");
        assertEquals(1, doc.select("#sidebar a[href=../assincrona/uvicorn.html] svg.deck-icon").size());
    }

    @Test
    void prevAndNextArePrefixedWithRoot() {
        Document doc = render(SamplePages.lesson("<p>x</p>", false, false));
        assertEquals("../assincrona/sincrono.html", doc.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../assincrona/uvicorn.html", doc.selectFirst("a[rel=next]").attr("href"));
        assertTrue(doc.selectFirst("a[rel=prev]").text().contains("Anterior"));
        assertTrue(doc.selectFirst("a[rel=next]").text().contains("Próxima"));
    }

    @Test
    void breadcrumbsAndTocComeFromTheModel() {
        Document doc = render(SamplePages.lesson("<p>x</p>", false, false));
        assertEquals(List.of("Início", "Programação assíncrona"),
                doc.select(".breadcrumbs li").eachText());
        assertEquals("../index.html", doc.selectFirst(".breadcrumbs a").attr("href"));
        Element toc = doc.selectFirst(".toc-aside .toc");
        assertEquals(List.of("#bloqueio", "#exemplo", "#loop"), toc.select("a").eachAttr("href"));
        assertEquals(1, toc.select("ul ul a[href=#exemplo]").size(), "h3 nests under its h2");
        assertEquals("Nesta página", doc.selectFirst(".toc-title").text());
    }

    @Test
    void assetsAreRelativeAndLocal() {
        for (PageModel page : List.of(SamplePages.lesson("<p>x</p>", true, true), SamplePages.home(""),
                SamplePages.deck(), SamplePages.notFound())) {
            Document doc = render(page);
            List<String> urls = doc.select("[src], [href]").stream()
                    .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                    .collect(Collectors.toList());
            for (String url : urls) {
                assertFalse(url.contains("http://") || url.contains("https://") || url.startsWith("//")
                        || url.startsWith("/"), page.kind() + ": not relative: " + url);
            }
        }
        Document lesson = render(SamplePages.lesson("<p>x</p>", true, true));
        assertEquals("../assets/lousa.11111111.css", lesson.selectFirst("link[rel=stylesheet]").attr("href"));
        assertNotNull(lesson.selectFirst("script[src=../assets/lousa.22222222.js][defer]"));
    }

    @Test
    void highlighterAndMermaidOnlyWhenNeeded() {
        Document plain = render(SamplePages.lesson("<p>x</p>", false, false));
        assertNull(plain.selectFirst("script[src*=highlight]"));
        assertNull(plain.selectFirst("link[href*=highlight]"));
        assertNull(plain.selectFirst("script[src*=mermaid]"));
        assertFalse(plain.body().hasAttr("data-mermaid-script"));

        Document both = render(SamplePages.lesson("<pre><code class=\"language-python\">x</code></pre>", true, true));
        // async: the theme script does not wait for it, and paints the code when it comes (SiteBrowserIT).
        assertNotNull(both.selectFirst("script[src=../assets/highlight.33333333.js][async][data-highlighter]"));
        assertNull(both.selectFirst("script[src*=highlight][defer]"));
        assertNotNull(both.selectFirst("link[href=../assets/highlight.44444444.css]"));
        // Mermaid is no script of the page: lousa.js loads it when a diagram nears the viewport (SiteBrowserIT).
        assertNull(both.selectFirst("script[src*=mermaid]"));
        assertEquals("../assets/mermaid.55555555.js", both.body().attr("data-mermaid-script"));
    }

    @Test
    void themeIsSetBeforeFirstPaint() {
        Document doc = render(SamplePages.lesson("<p>x</p>", false, false));
        Element inline = doc.head().select("script:not([src])").first();
        assertNotNull(inline);
        assertTrue(inline.data().contains("localStorage") && inline.data().contains("prefers-color-scheme"));
        assertTrue(inline.elementSiblingIndex() < doc.head().selectFirst("link[rel=stylesheet]").elementSiblingIndex());
        assertEquals("Alternar tema", doc.selectFirst(".theme-toggle").attr("aria-label"));
    }

    @Test
    void contentHtmlIsInsertedVerbatimAndTextIsEscaped() {
        PageModel page = SamplePages.lesson("<aside class=\"admonition admonition-tip\"><p>ok</p></aside>", false, false);
        Document doc = render(new PageModel(page.lang(), "A <b>curso</b>", page.title(), page.description(),
                page.root(), page.path(), page.kind(), page.sidebar(), page.breadcrumbs(), page.toc(), page.prev(),
                page.next(), page.contentHtml(), false, false, null));
        assertNotNull(doc.selectFirst(".prose aside.admonition-tip"));
        assertEquals("A <b>curso</b>", doc.selectFirst(".brand-title").text());
    }

    @Test
    void drawerButtonIsAccessible() {
        Document doc = render(SamplePages.lesson("<p>x</p>", false, false));
        Element menu = doc.selectFirst("button.menu-button");
        assertEquals("sidebar", menu.attr("aria-controls"));
        assertEquals("false", menu.attr("aria-expanded"));
        assertEquals("Menu", menu.attr("aria-label"));
        assertNotNull(doc.selectFirst("nav#sidebar[aria-label]"));
    }

    @Test
    void homeListsModulesAndStartsAtTheFirstLesson() {
        Document doc = render(SamplePages.home("<p>Bem-vindo.</p>"));
        assertEquals("Programação Assíncrona", doc.title());
        assertEquals("Programação Assíncrona", doc.selectFirst("h1").text());
        assertNull(doc.selectFirst("#sidebar"));
        assertEquals(2, doc.select(".module-card").size());
        assertEquals(List.of("assincrona/sincrono.html", "assincrona/loop.html", "assincrona/uvicorn.html"),
                doc.select(".module-card").get(0).select(".lesson-list a").eachAttr("href"));
        assertEquals("assincrona/sincrono.html", doc.selectFirst(".hero a.button").attr("href"));
        assertEquals("Bem-vindo.", doc.selectFirst(".home-intro").text());
    }

    @Test
    void deckHasAPresentButton() {
        Document doc = render(SamplePages.deck());
        Element present = doc.selectFirst(".deck-banner a.button");
        assertEquals("../assincrona/uvicorn-slides.html", present.attr("href"));
        assertEquals("Apresentar", present.text());
        assertNull(doc.selectFirst(".toc-aside"), "no TOC when the page has no headings");
        assertNull(doc.selectFirst("a[rel=next]"));
    }

    @Test
    void notFoundIsSelfContainedAndFixesItsLinks() {
        Document doc = render(SamplePages.notFound());
        assertEquals("Página não encontrada", doc.selectFirst("h1").text());
        assertNull(doc.selectFirst("link[rel=stylesheet]"), "the stylesheet is inlined");
        assertTrue(doc.selectFirst("style").data().contains("--accent"));
        assertEquals("assets/lousa.11111111.css", doc.body().attr("data-probe"));
        List<Element> links = doc.select("a[data-site-href]");
        assertEquals(2, links.size());
        for (Element link : links) {
            assertEquals("index.html", link.attr("data-site-href"));
        }
        assertTrue(doc.select("script:not([src])").stream().anyMatch(s -> s.data().contains("data-site-href")));
        assertNull(doc.selectFirst("script[src]"));
    }

    @Test
    void toleratesMissingOptionalParts() {
        PageModel page = new PageModel(null, "Curso", "Lição", null, "", "a.html", PageModel.PageKind.LESSON,
                List.of(new NavNode("Lição", "a.html", true, false, false, null)), null, null, null, null,
                "<p>x</p>", false, false, null);
        Document doc = render(page);
        assertEquals("", doc.selectFirst("html").attr("lang"));
        assertEquals("a.html", doc.selectFirst("[aria-current=page]").attr("href"));
        assertNull(doc.selectFirst(".pager"));
        assertNull(doc.selectFirst(".toc"));
        assertNull(doc.selectFirst("meta[name=description]"));
    }

    @Test
    void rendersTheSamePageFromManyThreads() throws Exception {
        PageModel page = SamplePages.lesson("<p>x</p>", true, false);
        String expected = theme.renderPage(page, ASSETS);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> theme.renderPage(page, ASSETS)));
            }
            for (var future : futures) {
                assertEquals(expected, future.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
