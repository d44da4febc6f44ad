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
            "Texto *ênfase* e **forte**, [link](https://x.y \"t\") e <b>html</b> &amp; fim\\\nquebra",
            "- item com `código` e *ênfase*\n  continuação recuada com [link](/a)\n- outro",
            "> citação com **forte**\n> segunda linha com `x`",
            "nulo \u0000 no meio e \uFFFD depois *a*",
            "linha um  \nlinha dois com ![img](a.png) e fim!",
    })
    void parsesWhatFlexmarkParses(String markdown) {
        assertEquals(HTML.render(CORE.parse(markdown)), HTML.render(FAST.parse(markdown)));
    }

    /** The whole seed course, every inline construct its three dialects use, through the site's own parser. */
    @Test
    void parsesTheSeedLessonsAsFlexmarkDoes() throws Exception {
        com.vladsch.flexmark.util.data.MutableDataSet options = MarkdownParser.defaultOptions();
        Parser core = Parser.builder(options).build();
        Parser fast = Parser.builder(options).customInlineParserFactory(FastInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        HtmlRenderer html = HtmlRenderer.builder(options).build();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("..", "content"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = java.nio.file.Files.readString(file);
                assertEquals(html.render(core.parse(text)), html.render(fast.parse(text)), file.toString());
            }
        }
    }

    @Test
    void theSiteParserStillReadsLinkReferenceDefinitions() {
        MarkdownParser parser = new MarkdownParser();
        String html = parser.render(parser.parse("Veja [o guia][ref].\n\n[ref]: https://exemplo.com\n"));
        assertTrue(html.contains("<a href=\"https://exemplo.com\">o guia</a>"), html);
    }
}
