package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text handed over in slots renders to the same HTML as text written through flexmark's writer. */
class TextSlotsTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static String withSlots(Document document) {
        TextSlots slots = TextSlots.forDocument(document);
        assertNotNull(slots, "the document's text has no U+0001");
        document.set(TextSlots.KEY, slots);
        try {
            String rendered = PARSER.render(document);
            assertTrue(rendered.indexOf('\u0001') >= 0, "the render wrote placeholders");
            return slots.fill(rendered);
        } finally {
            document.remove(TextSlots.KEY);
        }
    }

    @Test
    void theSeedLessonsRenderTheSameWithSlotsAsWithout() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("../content/01-programacao-assincrona"))) {
            lessons = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(4, lessons.size());
        for (Path lesson : lessons) {
            Document document = PARSER.parse(Files.readString(lesson, StandardCharsets.UTF_8));
            assertEquals(PARSER.render(document), withSlots(document), lesson.toString());
        }
    }

    @Test
    void escapesEntitiesBackslashesLineEndsAndCodeAsFlexmarkDoes() {
        String markdown = """
                Texto com <tag>, "aspas", &amp; entidade, \\*escape\\* e R$ 5 > 3.\r
                Segunda linha\r
                
                ```python
                if a < b and c > "d" & e:
                    print('ok')
                ```
                
                    código indentado <x> & y
                
                [[Nota#Título|apelido]] e `inline <code>` e **negrito "x"**.
                """;
        Document document = PARSER.parse(markdown);
        assertEquals(PARSER.render(document), withSlots(document));
    }

    @Test
    void aLessonHoldingTheMarkGetsNoSlots() {
        assertNull(TextSlots.forDocument(PARSER.parse("um \u0001 controle perdido no texto\n")));
    }

    @Test
    void fillRefusesPlaceholdersThatDoNotAccountForEveryText() {
        TextSlots slots = new TextSlots();
        String first = slots.put("primeiro texto");
        String second = slots.put("segundo texto");
        assertEquals("<p>primeiro texto</p><p>segundo texto</p>",
                slots.fill("<p>" + first + "</p><p>" + second + "</p>"));
        assertThrows(IllegalStateException.class, () -> slots.fill("<p>" + first + "</p>"), "a text dropped");
        assertThrows(IllegalStateException.class, () -> slots.fill(first + first + second), "a text repeated");
        assertThrows(IllegalStateException.class, () -> slots.fill(first + second + "\u0001"), "a stray mark");
    }

    @Test
    void shortTextsAreWrittenAsTheyAre() {
        TextSlots slots = new TextSlots();
        assertEquals("abc", slots.put("abc"));
        assertFalse(slots.put("abcd").contains("abcd"));
    }
}
