package lousa.deck;

import com.vladsch.flexmark.util.ast.Document;
import lousa.diag.Reporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deck's footnotes: each slide lists the notes it references, numbered as in the whole deck. */
class SlideFootnotesTest {

    private static final String DECK = """
            ---
            marp: true
            ---

            # Um

            Texto com nota[^a] e outra[^c].

            ---

            # Dois

            Sem nota, e uma que não existe[^x].

            ---

            # Três

            Outra nota[^b], e de novo a primeira[^a].

            [^a]: Primeira nota, com [link](https://exemplo.org).
            [^b]: Segunda nota.
            [^c]: Terceira nota.
            """;

    private static Element slide(Deck deck, int index) {
        return Jsoup.parseBodyFragment(deck.slides().get(index - 1).html()).body();
    }

    private static List<String> notes(Element slide) {
        return slide.select("div.footnotes > ol > li").stream()
                .map(li -> li.attr("value") + " " + li.selectFirst("p").text()).toList();
    }

    /** Every footnote link and back link of the slide goes to an element of the same slide. */
    private static void assertLinksStayOnTheSlide(Element slide, String which) {
        for (Element link : slide.select("sup > a[href], a.footnote-backref")) {
            assertNotNull(slide.getElementById(link.attr("href").substring(1)),
                    which + ": " + link.outerHtml() + " points outside its slide");
        }
    }

    /** No id twice on the presentation page, which holds every slide. */
    private static void assertIdsUniqueOnThePresentationPage(Deck deck) {
        String page = DeckPage.render(deck, new DeckPageContext("Curso", "", "pt-BR", "../", "aula.html",
                new DeckAssetUrls("d.css", "d.js", "", "")));
        Set<String> seen = new HashSet<>();
        for (Element element : Jsoup.parse(page).select("div.marpit [id]")) {
            assertTrue(seen.add(element.id()), "id " + element.id() + " twice");
        }
    }

    @Test
    void eachSlideListsOnlyTheNotesItReferencesWithTheDecksNumbers() {
        // Notes are numbered by their first citation (FootnoteNumberingExtension): a 1, c 2, b 3.
        Deck deck = TestMarkdown.read(DECK).deck();
        assertEquals(List.of("1 Primeira nota, com link.", "2 Terceira nota."), notes(slide(deck, 1)));
        assertEquals(List.of(), notes(slide(deck, 2)));
        assertEquals(List.of("1 Primeira nota, com link.", "3 Segunda nota."), notes(slide(deck, 3)));
        assertEquals(List.of("1", "2"), slide(deck, 1).select("sup > a").eachText());
        assertEquals(List.of("3", "1"), slide(deck, 3).select("sup > a").eachText());
    }

    @Test
    void aNoteHasTheNumberFlexmarkGivesItInTheWholeDeck() {
        Element whole = Jsoup.parseBodyFragment(TestMarkdown.render(TestMarkdown.parse(DECK))).body();
        Map<String, String> numbers = new HashMap<>();
        List<Element> items = whole.select("div.footnotes > ol > li");
        for (int i = 0; i < items.size(); i++) {
            numbers.put(items.get(i).selectFirst("p").text(), String.valueOf(i + 1));
        }
        Deck deck = TestMarkdown.read(DECK).deck();
        for (int i = 1; i <= deck.slides().size(); i++) {
            for (Element li : slide(deck, i).select("div.footnotes > ol > li")) {
                assertEquals(numbers.get(li.selectFirst("p").text()), li.attr("value"), "slide " + i);
            }
        }
    }

    @Test
    void aSlideWithoutReferencesHasNoListAndAnUndefinedReferenceStaysText() {
        Element two = slide(TestMarkdown.read(DECK).deck(), 2);
        assertTrue(two.select(".footnotes, sup").isEmpty(), two.html());
        assertEquals("Sem nota, e uma que não existe[^x].", two.selectFirst("p").text());
    }

    @Test
    void aSlideHoldingOnlyDefinitionsListsNothing() {
        Deck deck = TestMarkdown.read("---\nmarp: true\n---\n\nNota[^a].\n\n---\n\n[^a]: A nota.\n").deck();
        assertEquals(List.of("1 A nota."), notes(slide(deck, 1)));
        assertEquals("", deck.slides().get(1).html());
    }

    @Test
    void referencesAndBackLinksMeetOnTheirOwnSlide() {
        Deck deck = TestMarkdown.read(DECK).deck();
        for (int i = 1; i <= deck.slides().size(); i++) {
            assertLinksStayOnTheSlide(slide(deck, i), "slide " + i);
        }
        Element three = slide(deck, 3);
        assertEquals("#fn-1-1", three.selectFirst("sup#fnref-1-1 > a").attr("href"), "the note's second listing");
        assertEquals(List.of("#fnref-1-1"), three.select("li#fn-1-1 > a.footnote-backref").eachAttr("href"));
    }

    @Test
    void idsAreUniqueOnThePresentationPage() {
        assertIdsUniqueOnThePresentationPage(TestMarkdown.read(DECK).deck());
    }

    @Test
    void aNoteReferencedFromAListedNoteIsListedToo() {
        Deck deck = TestMarkdown.read("---\nmarp: true\n---\n\nTexto[^a].\n\n---\n\n[^a]: Ver[^b].\n[^b]: Fonte.\n")
                .deck();
        assertEquals(List.of("1 Ver2.", "2 Fonte."), notes(slide(deck, 1)));
    }

    /** Note a cites note b, and a is listed on two slides: a's text, with its reference to b, is written twice. */
    private static final String NESTED = """
            ---
            marp: true
            ---

            # Um

            Primeira citação[^a].

            ---

            # Dois

            De novo[^a].

            [^a]: Nota A, que cita B[^b].
            [^b]: Nota B.
            """;

    @Test
    void aReferenceInANoteListedAgainGetsAnIdOfItsOwnAndItsBackLinkStaysOnTheSlide() {
        Deck deck = TestMarkdown.read(NESTED).deck();
        Element one = slide(deck, 1);
        Element two = slide(deck, 2);
        assertEquals(List.of("#fnref-2"), one.select("li#fn-2 > a.footnote-backref").eachAttr("href"));
        assertNotNull(two.selectFirst("li#fn-1-1 sup#fnref-2-r1 > a[href=#fn-2-1]"), two.html());
        assertEquals(List.of("#fnref-2-r1"), two.select("li#fn-2-1 > a.footnote-backref").eachAttr("href"));
        assertLinksStayOnTheSlide(one, "slide 1");
        assertLinksStayOnTheSlide(two, "slide 2");
        assertIdsUniqueOnThePresentationPage(deck);
    }

    @Test
    void onlyDecksListingFootnotesGetTheirStyles() {
        assertTrue(TestMarkdown.read(DECK).deck().css().contains("div.marpit > section > .footnotes {"));
        assertFalse(TestMarkdown.read("---\nmarp: true\n---\n\n# Um\n").deck().css().contains("footnotes"));
    }

    @Test
    void readingLeavesTheDocumentAndItsNotesAsTheyWere() {
        Document doc = TestMarkdown.parse(DECK);
        String before = TestMarkdown.render(doc);
        DeckReader.read(doc, TestMarkdown.frontMatter(doc), Reporter.SILENT, TestMarkdown::render,
                ThemeCatalog.builtIn());
        assertEquals(before, TestMarkdown.render(doc));
    }
}
