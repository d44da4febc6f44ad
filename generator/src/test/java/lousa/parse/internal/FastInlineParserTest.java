package lousa.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import lousa.parse.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inline parser with backtick runs found by a loop parses exactly what flexmark's own parser does. */
class FastInlineParserTest {

    private static final Parser CORE = Parser.builder().build();
    private static final Parser FAST = Parser.builder().customInlineParserFactory(FastInlineParser::new)
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {
            "Use `asyncio.run()` e `await` juntos.",
            "``código com ` dentro`` e depois `outro`",
            "abre ` e não fecha, depois `fecha` aqui",
            "```` quatro ```` e ``` três sem par",
            "`começo` no início e no fim `fim`",
            "um `span que\natravessa a linha` só",
            "``` ``` vazio e ` ` espaço",
            "\\`escapado\\` e `real`",
            "sem crase nenhuma",
            "`",
            "Veja [o guia][ref] e [outro].\n\n[ref]: https://exemplo.com \"Título\"\n[outro]: /outro",
    })
    void parsesWhatFlexmarkParses(String markdown) {
        assertEquals(HTML.render(CORE.parse(markdown)), HTML.render(FAST.parse(markdown)));
    }

    @Test
    void theSiteParserStillReadsLinkReferenceDefinitions() {
        MarkdownParser parser = new MarkdownParser();
        String html = parser.render(parser.parse("Veja [o guia][ref].\n\n[ref]: https://exemplo.com\n"));
        assertTrue(html.contains("<a href=\"https://exemplo.com\">o guia</a>"), html);
    }
}
