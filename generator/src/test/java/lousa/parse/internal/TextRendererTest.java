package lousa.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import lousa.parse.TextExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast text renderer writes exactly what flexmark's core renderer writes, for every kind of text. */
class TextRendererTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer CORE = HtmlRenderer.builder().build();
    private static final HtmlRenderer FAST = HtmlRenderer.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TextExtension.create()))).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "Texto simples, com acentuação: ação, coração.",
            "a < b > c \"aspas\" e 'apóstrofos'",
            "escapes: \\*não é ênfase\\* e \\<tag\\>",
            "entidades: &amp; &lt; &copy; &#233; &#x41; e & solto",
            "duas linhas\r\ncom CRLF\r\nno meio",
            "*ênfase* e `código <x>` e [link \"t\"](http://a.b/?q=1&r=2)",
            "linha com <span>HTML</span> inline",
            "> citação com \"aspas\"\n\n- item <a>\n- item &amp;",
            "    código indentado <x> & y",
            "título\n=====\n\ntexto > texto",
    })
    void writesWhatTheCoreRendererWrites(String markdown) {
        var document = PARSER.parse(markdown);
        assertEquals(CORE.render(document), FAST.render(document));
    }
}
