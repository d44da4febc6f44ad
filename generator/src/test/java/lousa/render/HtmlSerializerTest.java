package lousa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lousa.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast serializer writes exactly what jsoup's {@code Element.html()} writes, pretty printing off. */
class HtmlSerializerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Olá &amp; até <b>logo</b> &lt;tag&gt; “aspas” 'simples' \"duplas\"</p>",
            "<p>a&nbsp;b\u00A0c</p><br><hr><img src=\"a b.png\" alt=\"x &quot;y&quot; <z> & ' \u00A0\">",
            "<pre><code class=\"language-python\">if a &lt; b and c &gt; d:\n\tprint(\"&amp;\")\n</code></pre>",
            "<details open><summary>s</summary><input type=checkbox checked=\"\" disabled=disabled></details>",
            "<div data-x=\"\" hidden=\"\" data-json=\"{&quot;a&quot;:1}\"></div><span></span>"
                    + "<custom-el foo=bar></custom-el>",
            "<!-- um comentário --><script>if (a < b && c) {}</script><style>p > a { color: red }</style>",
            "<svg viewBox=\"0 0 10 10\"><path d=\"M0 0\"/><circle r=\"1\"></circle></svg><math><mi>x</mi></math>",
            "<p>controle \u0001 e \u001F aqui</p><p title=\"t\u0002\">x</p>",
            "<p>emoji 🚀 par e lone \uD800 surrogate</p><p title=\"\uDC00\">y</p>",
            "<table><thead><tr><th align=\"left\">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
            "<iframe src=\"https://www.youtube.com/embed/x\" allowfullscreen style=\"margin-left: auto\"></iframe>",
            "<p a\"b=\"1\" c=2>chaves estranhas</p>",
            "texto solto no corpo <em>e</em> fim",
            "",
    })
    void writesWhatJsoupWrites(String html) {
        Element body = parse(html);
        assertEquals(body.html(), HtmlSerializer.innerHtml(body));
    }

    /** Every seed lesson, as the site renders it: flexmark's HTML, the MDX dialect's raw HTML, the admonitions. */
    @Test
    void writesTheSeedLessonsAsJsoupDoes() throws Exception {
        MarkdownParser markdown = new MarkdownParser();
        try (Stream<Path> files = Files.walk(Path.of("..", "content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Element body = parse(markdown.render(markdown.parse(Files.readString(file))));
                assertEquals(body.html(), HtmlSerializer.innerHtml(body), file.toString());
            }
        }
    }

    @Test
    void otherOutputSettingsAreLeftToJsoup() {
        Element pretty = Jsoup.parseBodyFragment("<div><p>a</p></div>").body();
        assertEquals(pretty.html(), HtmlSerializer.innerHtml(pretty));
    }

    private static Element parse(String html) {
        Document dom = Jsoup.parseBodyFragment(html);
        dom.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return dom.body();
    }
}
