package lousa.deck;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeckPageTest {

    private static final DeckAssetUrls ASSETS = new DeckAssetUrls("assets/deck/deck.aaaa.css",
            "assets/deck/deck.bbbb.js", "assets/deck/mermaid.cccc.min.js", "assets/deck/highlight.dddd.min.js");
    private static final DeckPageContext CTX = new DeckPageContext("Curso", "", "pt-BR", "../", "aula.html", ASSETS);

    private static Document page(Path fixture) throws IOException {
        return Jsoup.parse(DeckPage.render(TestMarkdown.readFile(fixture).deck(), CTX));
    }

    private static Path fixture(String name) {
        return Path.of("src/test/resources/deck/fixtures", name + ".md");
    }

    @Test
    void theSitesHeadTagsGoIntoTheHead() throws IOException {
        DeckPageContext ctx = new DeckPageContext("Curso", "", "pt-BR", "../", "aula.html", ASSETS,
                "<link rel=\"icon\" href=\"../assets/favicon.x.svg\">\n<meta name=\"description\" content=\"Sobre.\">\n");
        Document page = Jsoup.parse(DeckPage.render(TestMarkdown.readFile(TestMarkdown.SEED).deck(), ctx));
        assertEquals("../assets/favicon.x.svg", page.head().selectFirst("link[rel=icon]").attr("href"));
        assertEquals("Sobre.", page.head().selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void aDeckWithMathLoadsTheSitesKatexAndOneWithoutDoesNot() throws IOException {
        DeckAssetUrls assets = new DeckAssetUrls("d.css", "d.js", "", "", "assets/katex.eeee.js",
                "assets/katex.ffff.css");
        DeckPageContext ctx = new DeckPageContext("Curso", "", "pt-BR", "../", "aula.html", assets);
        Document math = Jsoup.parse(DeckPage.render(TestMarkdown.read("---\nmarp: true\n---\n# A\n\n$x^2$\n")
                .deck(), ctx));
        assertEquals("../assets/katex.eeee.js", math.body().attr("data-katex"));
        assertEquals("../assets/katex.ffff.css", math.body().attr("data-katex-css"));
        assertEquals("x^2", math.selectFirst("div.marpit .math-inline").text());
        Document plain = Jsoup.parse(DeckPage.render(TestMarkdown.read("---\nmarp: true\n---\n# A\n\nR$ 50\n")
                .deck(), ctx));
        assertFalse(plain.body().hasAttr("data-katex"));
    }

    @Test
    void aFittingHeaderIsMarkedForTheScriptToSizeAndOtherHeadingsAreNot() throws IOException {
        DeckPageContext ctx = new DeckPageContext("Curso", "", "pt-BR", "../", "aula.html", ASSETS);
        Document page = Jsoup.parse(DeckPage.render(TestMarkdown.read(
                "---\nmarp: true\n---\n# <!-- fit --> Um *título* grande\n\n## <!-- nota --> Outro\n").deck(), ctx));
        Element fit = page.selectFirst("section h1");
        assertTrue(fit.hasAttr("data-fit"), fit.outerHtml());
        assertEquals("Um <em>título</em> grande", fit.selectFirst("> span[data-fit-content]").html());
        assertFalse(page.selectFirst("section h2").hasAttr("data-fit"), "another comment is a speaker note");
    }

    @Test
    void seedPageIsMarpShapedAndLocal() throws IOException {
        Document page = page(TestMarkdown.SEED);
        List<Element> sections = page.select("div.marpit > section");
        assertEquals(7, sections.size());
        for (int i = 0; i < sections.size(); i++) {
            assertEquals(String.valueOf(i + 1), sections.get(i).id());
            assertEquals("rose-pine", sections.get(i).attr("data-theme"));
        }
        assertEquals("pt-BR", page.selectFirst("html").attr("lang"));
        assertEquals("../assets/deck/deck.aaaa.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(List.of("../assets/deck/deck.bbbb.js"), page.select("script[src]").eachAttr("src"));
        assertEquals("../assets/deck/mermaid.cccc.min.js", page.body().attr("data-mermaid"));
        assertEquals("../assets/deck/highlight.dddd.min.js", page.body().attr("data-highlight"));
        assertEquals(2, page.select("div.marpit div.mermaid").size());
        assertTrue(page.html().contains("@page { size: 1280px 720px"));
        assertFalse(page.html().contains("cdn.jsdelivr"), "the CDN script is gone");
        String css = page.selectFirst("head style").data();
        assertTrue(css.contains("div.marpit > section .columns {"), "rose-pine columns, scoped");
        assertFalse(css.contains("\nh1 {"), "no unscoped theme rule");
        assertEquals("aula.html", page.selectFirst(".deck-ui a").attr("href"));
    }

    @Test
    void directivesBecomeClassesDataAttributesAndStyles() throws IOException {
        Document page = page(fixture("directives"));
        Element first = page.selectFirst("section[id=1]");
        assertEquals("lead invert", first.className());
        assertEquals("false", first.attr("data-paginate"));
        assertFalse(first.hasAttr("data-marpit-pagination"));
        assertEquals("Curso <strong>Lousa</strong>", first.selectFirst("> header").html());
        assertEquals("Aula 1", first.selectFirst("> footer").text());

        Element second = page.selectFirst("section[id=2]");
        assertEquals("2", second.attr("data-marpit-pagination"));
        assertEquals("4", second.attr("data-marpit-pagination-total"));
        assertEquals("#fff8e1", second.attr("data-background-color"));
        assertTrue(second.attr("style").contains("background-color:#fff8e1"));

        Element third = page.selectFirst("section[id=3]");
        assertTrue(third.attr("style").contains("background-color:black"), third.attr("style"));
        assertTrue(third.attr("style").contains("color:white"));
        assertNull(third.selectFirst("> footer"), "_footer: \"\" removes the footer on slide 3 only");
        assertEquals("Rodapé novo", page.selectFirst("section[id=4] > footer").text());

        Element sixth = page.selectFirst("section[id=6]");
        assertTrue(sixth.attr("style").contains("background-image:linear-gradient(to bottom, #67b8e3, #0288d1)"));
        assertTrue(sixth.attr("style").contains("background-size:cover"));
        assertEquals("uncover", sixth.attr("data-theme"));

        Element notes = page.selectFirst(".deck-notes aside[data-slide=2]");
        assertEquals(2, notes.select("p").size());
    }

    @Test
    void backgroundsAreFiguresInsideTheSlideSection() throws IOException {
        Document page = page(fixture("backgrounds"));
        assertTrue(page.html().contains("--slide-w:960px"), "4:3 is 960×720");
        assertTrue(page.html().contains("@page { size: 960px 720px"));
        Element left = page.selectFirst("section[id=2] > .lousa-bg");
        assertEquals("left", left.attr("data-split"));
        assertEquals("--lousa-bg-split:50%", left.attr("style"));
        Element right = page.selectFirst("section[id=3] > .lousa-bg");
        assertEquals("right", right.attr("data-split"));
        assertEquals("--lousa-bg-split:40%", right.attr("style"));
        assertTrue(right.selectFirst("figure").attr("style").contains("background-size:contain"));
        List<Element> three = page.select("section[id=4] > .lousa-bg > figure");
        assertEquals(3, three.size());
        assertTrue(three.get(2).attr("style").contains("filter:sepia(1) blur(4px)"));
        assertEquals("vertical", page.selectFirst("section[id=5] > .lousa-bg").attr("data-direction"));
        assertNull(page.selectFirst("section[id=1] img"), "the bg image is not content");
        assertNotNull(page.selectFirst("section[id=6] img[style=width:200px;]"));
        assertNotNull(page.selectFirst("section[id=6] div.mermaid"), "a mermaid fence becomes a diagram");
    }

    @Test
    void presentationPathSitsBesideTheLesson() {
        assertEquals("a/b/x.slides.html", DeckPaths.presentationPath("a/b/x.html"));
        assertEquals("x.slides.html", DeckPaths.presentationHref("a/b/x.html"));
    }
}
