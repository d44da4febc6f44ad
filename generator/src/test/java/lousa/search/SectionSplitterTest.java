package lousa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    private final SectionSplitter splitter = new SectionSplitter();

    @Test
    void splitsAtH2AndH3WithIdsAndKeepsTheTopOfThePage() {
        String html = "<p>Antes de tudo.</p>"
                + "<h2 id=\"1-loop\">1. Loop <a class=\"heading-anchor\" href=\"#1-loop\">#</a></h2>"
                + "<p>O <strong>loop</strong> de eventos.</p><pre><code>asyncio.run(main())\nprint(1)</code></pre>"
                + "<h3 id=\"detalhes\">Detalhes</h3><ul><li>um</li><li>dois</li></ul>"
                + "<h4 id=\"mais\">Mais</h4><p>fim</p>"
                + "<h2>Sem id</h2><p>continua</p>";
        assertEquals(List.of(
                new SearchSection("", "Lição", "Antes de tudo."),
                new SearchSection("1-loop", "1. Loop", "O loop de eventos. asyncio.run(main()) print(1)"),
                new SearchSection("detalhes", "Detalhes", "um dois Mais fim Sem id continua")),
                splitter.split("Lição", html));
    }

    @Test
    void aPageWithoutHeadingsIsOneSection() {
        assertEquals(List.of(new SearchSection("", "Só texto", "Um parágrafo.")),
                splitter.split("Só texto", "<p>Um parágrafo.</p>"));
    }

    @Test
    void leavesOutFootnoteNumbersAndBackLinks() {
        assertEquals(List.of(new SearchSection("", "T", "Uma nota e outra. Fonte.")),
                splitter.split("T", "<p>Uma nota<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a>"
                        + "</sup> e outra.</p><div class=\"footnotes\"><hr><ol><li id=\"fn-1\"><p>Fonte.</p>"
                        + "<a href=\"#fnref-1\" class=\"footnote-backref\">↩</a></li></ol></div>"));
    }

    @Test
    void leavesOutMermaidSourcesAndScripts() {
        assertEquals(List.of(new SearchSection("", "T", "antes depois")),
                splitter.split("T", "<p>antes</p><pre class=\"mermaid\">graph TD; A--&gt;B</pre>"
                        + "<script>var x;</script><p>depois</p>"));
    }

    @Test
    void leavesOutTheLanguageTabsOfALab() {
        String html = "<p>Primeiro programa:</p><div class=\"lab-tabs\"><div class=\"lab-tabs__list\" role=\"tablist\">"
                + "<button role=\"tab\">Python</button><button role=\"tab\">Java</button></div>"
                + "<div role=\"tabpanel\"><pre><code>import asyncio</code></pre></div></div>";
        assertEquals(List.of(new SearchSection("", "T", "Primeiro programa: import asyncio")),
                splitter.split("T", html));
    }

    @Test
    void aDeckHandoutIsOneSectionPerSlideCard() {
        String html = "<div class=\"deck-handout\" data-slides=\"2\">"
                + "<p class=\"deck-handout-intro\"><a class=\"deck-present\" href=\"d.slides.html#1\">Apresentar</a>"
                + " <span class=\"deck-handout-count\">2 slides</span></p>"
                + "<section class=\"slide-card\" id=\"slide-1\" aria-labelledby=\"slide-1-title\">"
                + "<h2 class=\"slide-card-heading\" id=\"slide-1-title\"><a class=\"slide-card-anchor\" href=\"#slide-1\">"
                + "Slide 1</a><span class=\"slide-card-title\"> · Corrotinas</span></h2>"
                + "<p class=\"slide-card-actions\"><a class=\"slide-card-present\" href=\"d.slides.html#1\">"
                + "Apresentar a partir daqui</a></p>"
                + "<div class=\"slide-card-body\"><h2 id=\"corrotinas\">Corrotinas</h2><p>async def</p></div>"
                + "<aside class=\"slide-card-notes\"><h3 class=\"slide-card-notes-heading\">Notas</h3>"
                + "<p>Falar do await.</p></aside></section>"
                + "<section class=\"slide-card\" id=\"slide-2\"><h2 class=\"slide-card-heading\" id=\"slide-2-title\">"
                + "<a class=\"slide-card-anchor\" href=\"#slide-2\">Slide 2</a></h2>"
                + "<div class=\"slide-card-body\"><p>create_task</p></div></section></div>";
        assertEquals(List.of(
                new SearchSection("", "Deck", ""),
                new SearchSection("slide-1", "Slide 1 · Corrotinas", "Corrotinas async def Falar do await."),
                new SearchSection("slide-2", "Slide 2", "create_task")),
                splitter.split("Deck", html));
    }

    @Test
    void theHandWrittenChromeTestAgreesWithTheSelectorOnEveryElement() {
        // isChrome stands in for NOT_CONTENT in the walk of a lesson; this holds the two together, element by element.
        String html = "<h2 id=\"a\">T <a class=\"heading-anchor\" href=\"#a\">#</a></h2><script>x</script>"
                + "<style>p{}</style><template><p>t</p></template><svg><g></g></svg><pre class=\"mermaid\">g</pre>"
                + "<div class=\"Mermaid other\">m</div><p class=\"deck-handout-intro\">i</p>"
                + "<div class=\"slide-card-actions\">a</div><h3 class=\"slide-card-notes-heading\">n</h3>"
                + "<div role=\"tablist\">t</div><div role=\" TabList \">t</div><div role=\"tab\">t</div>"
                + "<sup id=\"fnref-1\">1</sup><sup id=\"FNREF-2\">2</sup><sup id=\"x-fnref-1\">3</sup><sup>4</sup>"
                + "<a class=\"footnote-backref\" href=\"#r\">r</a><a class=\"footnote-ref\" href=\"#f\">f</a>"
                + "<p class=\"mermaid-like\">p</p><span class=\"\">s</span><code>c</code>";
        Element body = Jsoup.parseBodyFragment(html).body();
        Set<Element> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        selected.addAll(body.select(String.join(", ", ".heading-anchor, script, style, template, svg, .mermaid",
                ".deck-handout-intro, .slide-card-actions, .slide-card-notes-heading, [role=tablist]",
                "sup[id^=fnref-], .footnote-backref")));
        int chrome = 0;
        for (Element element : body.getAllElements()) {
            assertEquals(selected.contains(element), SectionSplitter.isChrome(element), element.outerHtml());
            chrome += selected.contains(element) ? 1 : 0;
        }
        assertEquals(14, chrome, "the sample holds chrome of every kind");
    }

    @Test
    void collapsesWhiteSpaceLikeTheUnicodeRegexAndStrip() {
        for (String text : List.of("", " ", "a", "  a  ", "a\n\n b\t\tc", "\u00A0início\u2003meio\u3000fim\u00A0",
                "x\r\ny", "já  é\u202F\u205Fassim ", "\n\n")) {
            String expected = text.replaceAll("(?U)\\s+", " ").strip();
            assertEquals(expected, SectionSplitter.collapse(text), text);
            assertEquals(expected, SectionSplitter.collapse(new StringBuilder(text)), text);
        }
    }
}
