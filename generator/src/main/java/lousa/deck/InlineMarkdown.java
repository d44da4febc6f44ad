package lousa.deck;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Renders the short Markdown of a {@code header} or {@code footer} directive as inline HTML, as Marpit does.
 * Raw HTML is escaped: a directive value is a line of text, not markup.
 */
final class InlineMarkdown {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, " ");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private InlineMarkdown() {
    }

    static String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown)).trim();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
