package lousa.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyntaxCheckerTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static List<String> check(String markdown) {
        Collected collected = new Collected();
        SyntaxChecker.check(PARSER.parse(markdown), collected);
        return collected.lines;
    }

    @Test
    void markdownInsideAnHtmlBlockIsReportedAtItsLine() {
        assertEquals(List.of("warning 3: markdown inside an HTML block is shown as typed: **42** — "
                        + SyntaxChecker.MARKDOWN_IN_HTML_HINT),
                check("<details>\n<summary>Resposta</summary>\nA saída é **42**.\n</details>\n"));
        assertEquals(List.of("warning 1: markdown inside an HTML block is shown as typed: [aqui](a.md) — "
                        + SyntaxChecker.MARKDOWN_IN_HTML_HINT), check("<div>Veja [aqui](a.md).</div>\n"));
        assertEquals(List.of("warning 2: markdown inside an HTML block is shown as typed: - um item — "
                        + SyntaxChecker.MARKDOWN_IN_HTML_HINT), check("<div>\n- um item\n</div>\n"));
    }

    @Test
    void htmlWhoseTextIsNotMarkdownIsNotReported() {
        assertEquals(List.of(), check("<details>\n<summary>Resposta</summary>\n\nA saída é **42**.\n</details>\n"),
                "after a blank line it is markdown");
        assertEquals(List.of(), check("<pre>\n**não** é markdown\n</pre>\n"));
        assertEquals(List.of(), check("<div class=\"mermaid\">\ngraph TD\n  A[**x**] --> B\n</div>\n"));
        assertEquals(List.of(), check("<div title=\"**x**\"\n  data-y=\"`y` > [a](b)\">\n</div>\n"), "attributes");
        assertEquals(List.of(), check("<div>2 * 3 = 6, e a_b_c</div>\n"));
        Collected mdx = new Collected();
        SyntaxChecker.check(PARSER.parse("<div>**negrito**</div>\n", true), mdx);
        assertEquals(List.of(), mdx.lines, "an .mdx file reads it as markdown");
    }

    @Test
    void unclosedMathBlock() {
        assertEquals(List.of("error 3: math block '$$' opened here is never closed"
                        + " — add a line ending with '$$' where the formula ends"),
                check("# T\n\n$$\nx^2\n\nmais texto\n"));
        assertEquals(List.of(), check("$$\nx^2 $$\n\n$$ y $$\n"));
    }

    @Test
    void unclosedAdmonition() {
        assertEquals(List.of("error 3: admonition ':::danger' opened here is never closed"
                        + " — add a line with ':::' where it ends"),
                check("# T\n\n:::danger[Title]\nbody\n"));
    }

    @Test
    void unclosedOuterAdmonitionNamesItsOwnFence() {
        assertEquals(List.of("error 1: admonition '::::tip' opened here is never closed"
                        + " — add a line with '::::' where it ends"),
                check("::::tip\n:::note\ninner\n:::\n"));
    }

    @Test
    void unclosedInnerAdmonition() {
        assertEquals(List.of("error 2: admonition ':::note' opened here is never closed"
                        + " — add a line with ':::' where it ends"),
                check("::::tip\n:::note\ninner\n::::\n"));
    }

    @Test
    void unknownAdmonitionKind() {
        assertEquals(List.of("warning 1: unknown admonition kind ':::foo'"
                        + " — use note, tip, info, warning, danger or caution; it is shown as a note"),
                check(":::foo\nx\n:::\n"));
    }

    @Test
    void unclosedFencedCodeBlock() {
        assertEquals(List.of("error 3: code block '```python' opened here is never closed"
                        + " — add a line with '```' where the code ends"),
                check("text\n\n```python\nprint(1)\n"));
    }

    @Test
    void unclosedFenceInsideAnAdmonitionSwallowsItsClosingFence() {
        assertEquals(List.of("error 1: admonition ':::note' opened here is never closed"
                        + " — add a line with ':::' where it ends",
                        "error 2: code block '~~~~' opened here is never closed"
                        + " — add a line with '~~~~' where the code ends"),
                check(":::note\n~~~~\ncode\n:::\n"));
    }

    @Test
    void unclosedFrontMatter() {
        assertEquals(List.of("error 1: front matter opened here is never closed"
                        + " — add a line with '---' after the last key"),
                check("---\ntitle: x\nslug: /y\n\n# Heading\n"));
    }

    @Test
    void unclosedComment() {
        assertEquals(List.of("error 3: comment '%%' opened here is never closed — add '%%' where the comment ends"),
                check("text\n\n%%\nhidden\n"));
    }

    @Test
    void cleanFilesReportNothing() {
        assertEquals(List.of(), check("---\ntitle: x\n---\n\n:::tip[T]\n```sh\nls\n```\n:::\n\n%% c %%\n"));
        assertEquals(List.of(), check("\n---\n\nA thematic break, not front matter.\n"));
    }

    @Test
    void frontMatterCheckGivesTheLine() {
        assertEquals(new FrontMatterCheck.Problem(1, FrontMatterCheck.UNCLOSED, FrontMatterCheck.UNCLOSED_HINT),
                FrontMatterCheck.check("---\nkey: value\n").orElseThrow());
        assertEquals(true, FrontMatterCheck.check("---\n\ntext\n").isEmpty());
        assertEquals(true, FrontMatterCheck.hasFrontMatter("---\nmarp: true\n---\n"));
    }
}
