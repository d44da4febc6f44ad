package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Footnotes are numbered in the order the reader meets them, whatever is cited again later. */
class FootnoteNumberingExtensionTest {

    private static final Pattern CITED = Pattern.compile("<sup id=\"(fnref-[\\d-]+)\"><a class=\"footnote-ref\""
            + " href=\"#fn-(\\d+)\">(\\d+)</a></sup>");

    @Test
    void aNoteCitedAgainKeepsTheNumberOfItsFirstCitation() {
        String html = render("Primeira[^x] e segunda[^y].\n\nDe novo a primeira[^x], e a terceira[^z].\n\n"
                + "[^z]: Nota z.\n[^y]: Nota y.\n[^x]: Nota x.\n");
        assertEquals(List.of("fnref-1:1", "fnref-2:2", "fnref-1-1:1", "fnref-3:3"), citations(html));
        int x = html.indexOf("<li id=\"fn-1\">\n<p>Nota x.</p>");
        int y = html.indexOf("<li id=\"fn-2\">\n<p>Nota y.</p>");
        int z = html.indexOf("<li id=\"fn-3\">\n<p>Nota z.</p>");
        assertTrue(0 < x && x < y && y < z, html);
        assertTrue(html.contains("<a href=\"#fnref-1-1\" class=\"footnote-backref\">"), html);
    }

    @Test
    void leavesUndefinedCitationsAndLessonsWithoutNotesAlone() {
        assertEquals("<p>Sem nota[^nada].</p>\n", render("Sem nota[^nada].\n"));
        assertEquals("<p>Texto.</p>\n", render("Texto.\n"));
    }

    private static String render(String markdown) {
        MarkdownParser parser = new MarkdownParser();
        return parser.render(parser.parse(markdown));
    }

    /** Each citation as "its id:the number shown", checking the number links to the note of that number. */
    private static List<String> citations(String html) {
        Matcher m = CITED.matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            assertEquals(m.group(2), m.group(3), m.group());
            out.add(m.group(1) + ":" + m.group(3));
        }
        return out;
    }
}
