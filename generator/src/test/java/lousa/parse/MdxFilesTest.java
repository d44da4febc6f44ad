package lousa.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lousa.diag.Reporter;
import lousa.load.SourceFile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lesson is read as MDX by its file name: {@code .mdx} files only, as Docusaurus's {@code format: 'detect'}. */
class MdxFilesTest {

    private static final String TEXT = """
            <details>
            <summary>Resposta</summary>
            A saída é **42**.
            </details>
            """;

    private static final LessonParser PARSER = new LessonParser(new MarkdownParser());

    private static List<String> blocks(String file) {
        ParsedLesson lesson = PARSER.parse(new SourceFile(Path.of(file), file, file, TEXT), Reporter.SILENT);
        List<String> blocks = new ArrayList<>();
        for (Node node = lesson.document().getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(node.getClass().getSimpleName() + ": " + node.getChars().trim());
        }
        return blocks;
    }

    @Test
    void mdxFileReadsTheLinesAfterATagsLineAsMarkdown() {
        assertEquals(List.of(
                "HtmlBlock: <details>",
                "Paragraph: <summary>Resposta</summary>\nA saída é **42**.",
                "HtmlBlock: </details>"), blocks("01-mod/1-aula.mdx"));
    }

    @Test
    void mdFileKeepsTheLinesUpToTheBlankOneAsRawHtml() {
        assertEquals(List.of(
                "HtmlBlock: <details>\n<summary>Resposta</summary>\nA saída é **42**.\n</details>"),
                blocks("01-mod/1-aula.md"));
    }

    @Test
    void aHashWordIsATagInAnMdFileAndTextInAnMdxFile() {
        String text = "# Aula\n\nPergunte no canal #ajuda.\n";
        ParsedLesson md = PARSER.parse(new SourceFile(Path.of("a.md"), "a.md", "a.md", text), Reporter.SILENT);
        ParsedLesson mdx = PARSER.parse(new SourceFile(Path.of("a.mdx"), "a.mdx", "a.mdx", text), Reporter.SILENT);
        assertEquals(List.of("ajuda"), md.tags());
        assertEquals(List.of(), mdx.tags());
    }

    @Test
    void onlyTheMdxExtensionSelectsMdx() {
        assertTrue(MarkdownParser.isMdx("aula.mdx"));
        assertTrue(MarkdownParser.isMdx("01-mod/Aula.MDX"));
        assertFalse(MarkdownParser.isMdx("aula.md"));
        assertFalse(MarkdownParser.isMdx("aula.markdown"));
        assertFalse(MarkdownParser.isMdx("mdx"));
    }

    @Test
    void anExpressionLousaCannotRunIsWarnedAtItsLineInAnMdxFileOnly() {
        String text = "# Aula\n\nUse {'<'}div{'>'}.\n\nO total é {itens.length} e {{a: 1}}.\n";
        Collected mdx = new Collected();
        PARSER.parse(new SourceFile(Path.of("a.mdx"), "a.mdx", "a.mdx", text), mdx);
        assertEquals(List.of(
                "warning 5: MDX expression {itens.length} is shown as typed: Lousa does not run JavaScript — write"
                        + " its value, or \\{ for a literal brace",
                "warning 5: MDX expression {{a: 1}} is shown as typed: Lousa does not run JavaScript — write its"
                        + " value, or \\{ for a literal brace"), mdx.lines);
        Collected md = new Collected();
        PARSER.parse(new SourceFile(Path.of("a.md"), "a.md", "a.md", text), md);
        assertEquals(List.of(), md.lines);
    }

    @Test
    void anExportWhoseBracketsNeverCloseKeepsItsParagraphAndIsWarned() {
        String text = "# Aula\n\nexport const lista = [\n  1, 2,\n\nTexto que continua.\n";
        Collected mdx = new Collected();
        ParsedLesson lesson = PARSER.parse(new SourceFile(Path.of("a.mdx"), "a.mdx", "a.mdx", text), mdx);
        assertEquals(List.of("warning 3: this import/export statement does not end: a bracket it opens is never"
                + " closed — close it; the lines after its paragraph are shown as text"), mdx.lines);
        assertEquals("Texto que continua.", lesson.document().getLastChild().getChars().trim().toString());
    }
}
