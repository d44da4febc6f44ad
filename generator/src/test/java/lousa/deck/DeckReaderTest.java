package lousa.deck;

import com.vladsch.flexmark.util.ast.Document;
import lousa.diag.Diagnostics;
import lousa.diag.Reporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeckReaderTest {

    @Test
    void readingLeavesTheDocumentAsItWas() throws IOException {
        String markdown = Files.readString(TestMarkdown.SEED, StandardCharsets.UTF_8);
        Document doc = TestMarkdown.parse(markdown);
        String before = TestMarkdown.render(doc);
        DeckReader.read(doc, TestMarkdown.frontMatter(doc), Reporter.SILENT, TestMarkdown::render,
                ThemeCatalog.builtIn());
        assertEquals(before, TestMarkdown.render(doc));
    }

    @Test
    void linksAndImagesRenderInsideSlides() {
        Deck deck = TestMarkdown.read("---\nmarp: true\n---\n\n[site](https://x.org) ![foto](f.png)\n").deck();
        assertEquals("<p><a href=\"https://x.org\">site</a> <img src=\"f.png\" alt=\"foto\"></p>",
                deck.slides().get(0).html());
    }

    @Test
    void spotDirectivesInFrontMatterApplyToTheFirstSlideOnly() {
        Deck deck = TestMarkdown.read("---\nmarp: true\n_class: capa\nclass: normal\n---\n\n# A\n\n---\n\n# B\n")
                .deck();
        assertEquals(List.of("capa"), deck.slides().get(0).classes());
        assertEquals(List.of("normal"), deck.slides().get(1).classes());
    }

    @Test
    void aSlideWithContentAfterItsScriptsIsKept() {
        Diagnostics diagnostics = new Diagnostics();
        Document doc = TestMarkdown.parse("---\nmarp: true\n---\n\n# A\n\n---\n\n<script src=\"https://cdn.x/y.js\">"
                + "</script>\n\nTexto.\n");
        doc.set(lousa.parse.DocumentKeys.REPORTER, diagnostics.forFile("d.md"));
        Deck deck = DeckReader.read(doc, Map.of("marp", true), diagnostics.forFile("d.md"), TestMarkdown::render,
                ThemeCatalog.builtIn());
        assertEquals(2, deck.slides().size());
        assertEquals("<p>Texto.</p>", deck.slides().get(1).html());
        assertEquals(List.of("d.md:9:1: note: dropped <script src=\"https://cdn.x/y.js\">: the site bundles its own "
                        + "Mermaid and highlight.js and never loads scripts from content"),
                diagnostics.sorted().stream().map(d -> d.format()).toList());
    }

    @Test
    void headingDividerAcceptsAListOfLevels() {
        Deck deck = TestMarkdown.read("---\nmarp: true\nheadingDivider: [3]\n---\n\n# A\n\n## B\n\n### C\n\ntexto\n")
                .deck();
        assertEquals(2, deck.slides().size());
        assertTrue(deck.slides().get(1).html().matches("(?s)<h3[^>]*>C</h3>.*"), deck.slides().get(1).html());
    }

    @Test
    void starBulletsAndParenthesisNumbersAreFragmentedListsNumberedPerSlide() {
        Deck deck = TestMarkdown.read("""
                ---
                marp: true
                ---

                * um
                  * um e meio
                * [ ] dois

                - fixo

                1) três
                2) quatro

                ---

                1. fixo
                + fixo

                * cinco
                """).deck();
        Slide first = deck.slides().get(0);
        assertEquals(5, first.fragments());
        assertEquals(List.of("1", "2", "3", "4", "5"), org.jsoup.Jsoup.parseBodyFragment(first.html())
                .select("li[data-marpit-fragment]").eachAttr("data-marpit-fragment"));
        assertEquals(List.of("um um e meio", "um e meio", "dois", "três", "quatro"), org.jsoup.Jsoup
                .parseBodyFragment(first.html()).select("li[data-marpit-fragment]").eachText());
        Slide second = deck.slides().get(1);
        assertEquals(1, second.fragments(), "counted again from 1 on each slide");
        assertEquals(List.of("cinco"), org.jsoup.Jsoup.parseBodyFragment(second.html())
                .select("li[data-marpit-fragment=1]").eachText());
        assertEquals(2, org.jsoup.Jsoup.parseBodyFragment(second.html()).select("li:not([data-marpit-fragment])")
                .size());
    }

    @Test
    void aStarListOutsideASlideIsAPlainList() {
        Document doc = TestMarkdown.parse("* um\n* dois\n\n1) três\n");
        assertEquals("<ul>\n<li>um</li>\n<li>dois</li>\n</ul>\n<ol>\n<li>três</li>\n</ol>\n",
                TestMarkdown.render(doc));
    }
}
