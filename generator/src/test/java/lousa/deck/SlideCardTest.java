package lousa.deck;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A card made from the slide's cleaned tree is what parsing the slide's HTML again used to give. */
class SlideCardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<h1>Título</h1><p>texto</p><h2>Sub</h2><h5>cinco</h5><h6>seis</h6>",
            "  \n<p>antes</p>\n<h3>a <em>b</em>  c</h3>\n  ",
            "<h2>a<!-- nota --> b</h2><p>x<!-- c -->y &amp; &lt;z&gt;&nbsp;w</p>",
            "<p><img alt=\"bg\" src=\"a.png\"></p>\n<h2>Depois do fundo</h2>",
            "<pre><code class=\"language-mermaid\">graph LR\n  A --> B\n</code></pre><pre class=\"mermaid\">x</pre>",
            "<pre>\n\ndois</pre>",
            "<pre><!-- c -->\nlinha</pre>",
            "<pre><code>\nx</code></pre><listing>\n\ny</listing><textarea>\n\nz</textarea>",
            "<plaintext><b>x</b>",
            "<table><tr><td><h1>na célula</h1><script>x()</script></td></tr></table>",
            "<style>h1 { color: red }</style><style scoped>p { margin: 0 }</style><h1>Estilo</h1>",
            "<svg viewBox=\"0 0 1 1\"><title>t</title></svg><iframe src=\"v\"></iframe><math><mi>x</mi></math>",
            "texto solto",
            "",
    })
    void isWhatParsingTheSlideAgainGave(String renderedSlide) {
        SlideHtml.Result slide = SlideHtml.clean(renderedSlide);
        assertEquals(reparsed(slide.html()), slide.card());
    }

    @Test
    void everySlideOfTheFixturesAndTheSeedIsAlike() throws IOException {
        List<Path> decks = new ArrayList<>(List.of(TestMarkdown.SEED));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/deck/fixtures"))) {
            decks.addAll(files.sorted().toList());
        }
        for (Path file : decks) {
            for (Slide slide : TestMarkdown.readFile(file).deck().slides()) {
                assertEquals(reparsed(slide.html()), slide.card(), file + " slide " + slide.index());
            }
        }
    }

    @Test
    void theSlidesTopHeadingGoesUnderTheCardsH2WithoutSkippingALevel() {
        assertEquals("<h3>Título</h3><h4>Sub</h4>", SlideHtml.clean("<h2>Título</h2><h3>Sub</h3>").card().html());
        assertEquals("<h3>Um</h3><h5>Três</h5><h6>Seis</h6>",
                SlideHtml.clean("<h1>Um</h1><h3>Três</h3><h6>Seis</h6>").card().html(), "the slide's own steps stay");
        assertEquals("<p>sem títulos</p>", SlideHtml.clean("<p>sem títulos</p>").card().html());
    }

    @Test
    void aNewlineOpeningAPreOrPlaintextIsParsedAgain() {
        assertFalse(SlideCard.reparsesAlike(Jsoup.parseBodyFragment("<pre>\n\nx</pre>").body()));
        assertFalse(SlideCard.reparsesAlike(Jsoup.parseBodyFragment("<plaintext>x").body()));
        assertTrue(SlideCard.reparsesAlike(Jsoup.parseBodyFragment("<pre><code>\nx</code></pre>").body()));
    }

    /** The card as it was made before: the slide's HTML parsed again, its headings renamed. */
    private static SlideCard reparsed(String slideHtml) {
        Document doc = Jsoup.parseBodyFragment(slideHtml);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        Element firstHeading = body.selectFirst("h1, h2, h3, h4, h5, h6");
        String title = firstHeading == null ? "" : firstHeading.text();
        int top = body.select("h1, h2, h3, h4, h5, h6").stream()
                .mapToInt(heading -> heading.tagName().charAt(1) - '0').min().orElse(1);
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            heading.tagName("h" + Math.min(6, heading.tagName().charAt(1) - '0' - top + 3));
        }
        return new SlideCard(title, body.html());
    }
}
