package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact notes and warnings that the renderers report while writing HTML. */
class RenderDiagnosticsTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static List<String> render(String markdown) {
        Collected collected = new Collected();
        Document document = PARSER.parse(markdown);
        document.set(DocumentKeys.REPORTER, collected);
        PARSER.render(document);
        return collected.lines;
    }

    @Test
    void noBreakSpacesInCode() {
        assertEquals(List.of("note 3: code block: replaced 4 no-break spaces with spaces so the code runs"),
                render("# T\n\n```python\ndef f():\n\u00a0 \u00a0 return 1\n\u00a0 \u00a0 \n```\n"));
    }

    @Test
    void oneNotePerCodeBlock() {
        assertEquals(List.of("note 1: code block: replaced 1 no-break spaces with spaces so the code runs",
                        "note 5: code block: replaced 2 no-break spaces with spaces so the code runs"),
                render("```\n\u00a0x\n```\n\n```\n\u00a0\u00a0y\n```\n\n```\nclean\n```\n"));
    }

    @Test
    void markedLinePastTheBlock() {
        String hint = " — mark lines with {1,4-6} after the language, or with # highlight-next-line, # highlight-start"
                + " and # highlight-end in the code (// for C-like languages)";
        assertEquals(List.of("warning 3: code block: line 5 is marked, but the block has 2 lines" + hint),
                render("# T\n\n```python {1,5}\nx = 1\ny = 2\n```\n"));
    }

    @Test
    void unreadableRangesAndUnpairedMagicComments() {
        String hint = " — mark lines with {1,4-6} after the language, or with # highlight-next-line, # highlight-start"
                + " and # highlight-end in the code (// for C-like languages)";
        assertEquals(List.of(
                        "warning 1: code block: 'a' is not a line or a range of lines such as 4-6" + hint,
                        "warning 1: code block: '3-2' is not a range of lines: they count from 1, the smaller first" + hint,
                        "warning 6: code block: highlight-end without a highlight-start before it" + hint,
                        "warning 8: code block: highlight-start without a highlight-end: marked to the end of the block"
                                + hint),
                render("```python {a,3-2,1}\nx\n```\n\n"
                        + "```python\n# highlight-end\nx\n# highlight-start\ny\n```\n"));
    }

    @Test
    void anAdmonitionOfATypeDocusaurusDoesNotDrawIsANoteWithAWarning() {
        assertEquals(List.of("warning 3: <Admonition> type 'perigo' is not one Docusaurus draws: shown as a note"
                        + " — write type=\"note\", \"tip\", \"info\", \"warning\", \"danger\" or \"caution\""),
                render("# T\n\n<Admonition type=\"perigo\">\n\nTexto.\n\n</Admonition>\n"));
    }

    @Test
    void aCodeBlockWhoseCodeIsNotOneTemplateLiteralSaysHowToWriteIt() {
        assertEquals(List.of("warning 3: <CodeBlock> is a code block only with its code as one template literal: this"
                        + " one shows what it holds as text — write <CodeBlock language=\"python\">{`…`}</CodeBlock>,"
                        + " with nothing after the end tag on its line"),
                render("# T\n\n<CodeBlock language=\"python\">print(1)</CodeBlock>\n"));
    }

    @Test
    void unknownMdxComponentsAreNamedButHtmlInCapitalsIsNot() {
        assertEquals(List.of("warning 3: MDX component <BrowserWindow> is not one Lousa knows: only what it holds is"
                        + " shown — Lousa renders <Tabs>, <TabItem>, <TOCInline>, <DocCardList>, <Admonition>,"
                        + " <CodeBlock>, <Link> and a component the file exports that only returns JSX; write the rest"
                        + " in markdown or HTML"),
                render("# T\n\n<BrowserWindow url=\"x\">\n\n<Tabs>\n<TabItem value=\"a\">\n\n<DIV>ok</DIV>\n\n"
                        + "</TabItem>\n</Tabs>\n\n</BrowserWindow>\n"));
    }

    @Test
    void invalidAttributeDropped() {
        assertEquals(List.of("warning 3: dropped invalid attribute max-width=\"80vw\" on <iframe>"
                        + " — HTML has no such attribute; for CSS write style=\"max-width: 80vw\""),
                render("text\n\n<iframe max-width=\"80vw\" src=\"https://x\" style={{display: 'block'}}></iframe>\n"));
    }

    @Test
    void lineOfAnAttributeOnALaterLineOfTheTag() {
        assertEquals(List.of("warning 3: dropped invalid attribute max-width=\"1\" on <iframe>"
                        + " — HTML has no such attribute; for CSS write style=\"max-width: 1\""),
                render("<iframe\n  src=\"https://x\"\n  max-width=\"1\"></iframe>\n"));
    }

    @Test
    void scriptsDropped() {
        assertEquals(List.of(
                        "note 2: dropped <script src=\"https://cdn.jsdelivr.net/npm/mermaid.min.js\">: the site bundles its own"
                                + " Mermaid and highlight.js and never loads scripts from content",
                        "note 3: dropped inline <script>: the site bundles its own Mermaid and highlight.js and never runs"
                                + " scripts from content"),
                render("<!-- mermaid.js -->\n<script src=\"https://cdn.jsdelivr.net/npm/mermaid.min.js\"></script>\n"
                        + "<script>mermaid.initialize({startOnLoad:true});</script>\n"));
    }

    @Test
    void computedJsxValues() {
        assertEquals(List.of(
                        "warning 1: dropped JSX style property 'width' on <div>: its value is not a literal"
                                + " — write the value as a string, e.g. maxHeight: '40vh'",
                        "warning 1: dropped JSX attribute title={label} on <div>: its value is not a literal"
                                + " — write the value as a plain string",
                        "warning 1: dropped JSX style on <span>: it is not an object literal"
                                + " — write style={{ property: 'value' }}"),
                render("<div style={{ width: size }} title={label}>x</div> <span style={styles.x}>y</span>\n"));
    }

    @Test
    void commentsAndCleanHtmlReportNothing() {
        assertEquals(List.of(), render("<!-- a\n\n<img src=x>\n-->\n\n<img src=\"a.png\" alt=\"\" style={{ maxWidth: 400 }}/>\n"));
    }

    @Test
    void anImageWithoutAltIsTheAuthorsToDescribe() {
        assertEquals(List.of("warning 3: image without alt text: a.png — describe what it shows with alt=\"…\""
                        + " (screen readers read it), or write alt=\"\" if it is only decoration"),
                render("Texto.\n\n<img src=\"a.png\" style={{ maxWidth: 400 }}/>\n\n<img src=\"b.png\" alt=\"Um gráfico\">\n"));
    }
}
