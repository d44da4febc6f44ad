package lousa.deck;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeckHandoutTest {

    @Test
    void everySlideIsALinkableCardThatStartsThePresentation() throws IOException {
        Deck deck = TestMarkdown.readFile(TestMarkdown.SEED).deck();
        Document html = Jsoup.parseBodyFragment(DeckHandout.html(deck, "x.slides.html"));
        List<Element> cards = html.select("section.slide-card");
        assertEquals(7, cards.size());
        Element third = html.getElementById("slide-3");
        assertEquals("Slide 3 · Uma pequena introdução ao AsyncIO", third.selectFirst("h2").text());
        Element present = third.selectFirst("a.slide-card-present");
        assertEquals("Apresentar a partir daqui", present.text());
        assertEquals("x.slides.html#3", present.attr("href"));
        assertEquals("x.slides.html#1", html.selectFirst("a.deck-present").attr("href"));
        assertTrue(html.select(".slide-card-body h1, .slide-card-body h2").isEmpty(),
                "slide headings move below the card heading");
        assertEquals(2, html.select(".slide-card-body div.mermaid").size());
    }

    @Test
    void notesAreShownUnderTheirSlide() throws IOException {
        Deck deck = TestMarkdown.readFile(Path.of("src/test/resources/deck/fixtures/directives.md")).deck();
        Document html = Jsoup.parseBodyFragment(DeckHandout.html(deck, "d.slides.html"));
        Element notes = html.selectFirst("#slide-2 .slide-card-notes");
        assertEquals(List.of("Uma nota para quem apresenta, em duas linhas.", "nota inline"),
                notes.select("p").eachText());
        assertTrue(html.select("#slide-1 .slide-card-notes").isEmpty());
    }

    @Test
    void eachCardShowsTheFootnotesOfItsSlideWithIdsUniqueOnThePage() throws IOException {
        Deck deck = TestMarkdown.readFile(Path.of("src/test/resources/deck/fixtures/footnotes.md")).deck();
        Document html = Jsoup.parseBodyFragment(DeckHandout.html(deck, "d.slides.html"));
        assertEquals(List.of("1", "2", "3"), html.select("#slide-1 .slide-card-body .footnotes li").eachAttr("value"));
        assertTrue(html.select("#slide-2 .footnotes, #slide-4 .footnotes").isEmpty());
        assertEquals(List.of("fn-1-1", "fn-3-1"), html.select("#slide-3 .footnotes li").eachAttr("id"));
        assertEquals(html.select("[id]").size(), new java.util.HashSet<>(html.select("[id]").eachAttr("id")).size(),
                "ids are unique");
    }
}
