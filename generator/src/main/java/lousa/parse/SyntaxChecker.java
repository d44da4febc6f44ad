package lousa.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import lousa.diag.Reporter;
import lousa.dialect.docusaurus.Admonition;
import lousa.dialect.math.MathBlock;
import lousa.dialect.mdx.MdxExtension;
import lousa.dialect.obsidian.Comment;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports the syntax mistakes the extensions can see in a parsed document: unclosed front matter, admonitions,
 * fenced code blocks and {@code %%} comments, and unknown admonition kinds. Run it once per file, after parsing;
 * problems found while rendering (raw HTML, code content) are reported by the renderers themselves.
 */
public final class SyntaxChecker {

    public static final String UNCLOSED_ADMONITION = "admonition '%s' opened here is never closed";
    public static final String UNCLOSED_ADMONITION_HINT = "add a line with '%s' where it ends";
    public static final String UNKNOWN_ADMONITION = "unknown admonition kind '%s'";
    public static final String UNKNOWN_ADMONITION_HINT = "use note, tip, info, warning, danger or caution; it is shown as a note";
    public static final String UNCLOSED_FENCE = "code block '%s' opened here is never closed";
    public static final String UNCLOSED_FENCE_HINT = "add a line with '%s' where the code ends";
    public static final String UNCLOSED_COMMENT = "comment '%%' opened here is never closed";
    public static final String UNCLOSED_COMMENT_HINT = "add '%%' where the comment ends";
    public static final String UNCLOSED_MATH = "math block '$$' opened here is never closed";
    public static final String UNCLOSED_MATH_HINT = "add a line ending with '$$' where the formula ends";
    public static final String MARKDOWN_IN_HTML = "markdown inside an HTML block is shown as typed: %s";
    public static final String MARKDOWN_IN_HTML_HINT = "leave a blank line between the tag and the markdown (CommonMark"
            + " keeps the lines up to a blank one as HTML); in a Docusaurus lesson, naming the file .mdx also does it";

    /**
     * What only markdown writes, in the text of an HTML block's line (its tags left out): strong emphasis, code,
     * a link or image, a list item, a heading.
     */
    private static final Pattern MARKDOWN = Pattern.compile(
            "\\*\\*\\S.*?\\*\\*|__\\S.*?__|`[^`]+`|!?\\[[^\\]]*]\\([^)]*\\)|^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+\\S.*|^\\s*#{1,6}\\s+\\S.*");
    /** HTML whose text is not markdown by design: raw-text elements and Mermaid's diagrams. */
    private static final Pattern RAW_TEXT = Pattern.compile("<(?:pre|script|style|textarea)\\b|class=[\"']?mermaid",
            Pattern.CASE_INSENSITIVE);

    private final Reporter reporter;
    private final NodeVisitor visitor = new NodeVisitor(
            new VisitHandler<>(Admonition.class, this::visit),
            new VisitHandler<>(FencedCodeBlock.class, this::visit),
            new VisitHandler<>(Comment.class, this::visit),
            new VisitHandler<>(MathBlock.class, this::visit),
            new VisitHandler<>(HtmlBlock.class, this::visit));

    private boolean mdx;

    private SyntaxChecker(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Checks a document parsed by {@link MarkdownParser} from the whole file. */
    public static void check(Document document, Reporter reporter) {
        new SyntaxChecker(reporter).run(document);
    }

    private void run(Document document) {
        mdx = MdxExtension.JSX_FLOW.get(document);
        FrontMatterCheck.check(document.getChars())
                .ifPresent(problem -> reporter.error(problem.line(), problem.message(), problem.hint()));
        visitor.visit(document);
    }

    private void visit(Admonition node) {
        int line = LineIndex.lineOf(node);
        if (!node.isKnownKind()) {
            reporter.warning(line, String.format(Locale.ROOT, UNKNOWN_ADMONITION, node.getOpeningText()),
                    UNKNOWN_ADMONITION_HINT);
        }
        if (!node.isClosed()) {
            reporter.error(line, String.format(Locale.ROOT, UNCLOSED_ADMONITION, node.getOpeningText()),
                    String.format(Locale.ROOT, UNCLOSED_ADMONITION_HINT, node.getOpeningMarker()));
        }
        visitor.visitChildren(node);
    }

    private void visit(FencedCodeBlock node) {
        if (node.getClosingMarker().isEmpty()) {
            String opening = node.getOpeningMarker().toString() + node.getInfo().toString().strip();
            reporter.error(LineIndex.lineOf(node), String.format(Locale.ROOT, UNCLOSED_FENCE, opening),
                    String.format(Locale.ROOT, UNCLOSED_FENCE_HINT, node.getOpeningMarker()));
        }
    }

    private void visit(Comment node) {
        if (!node.isClosed()) {
            reporter.error(LineIndex.lineOf(node), UNCLOSED_COMMENT, UNCLOSED_COMMENT_HINT);
        }
    }

    private void visit(MathBlock node) {
        if (!node.isClosed()) {
            reporter.error(LineIndex.lineOf(node), UNCLOSED_MATH, UNCLOSED_MATH_HINT);
        }
    }

    /**
     * The first line of an HTML block that reads as markdown: CommonMark keeps every line up to a blank one as HTML,
     * so {@code <details>} then {@code **Resposta**} on the next line shows the asterisks. An {@code .mdx} file
     * reads those lines as markdown, and has nothing to report.
     */
    private void visit(HtmlBlock node) {
        if (mdx || RAW_TEXT.matcher(node.getChars()).find()) {
            return;
        }
        boolean inTag = false;
        char quote = 0;
        for (int i = 0; i < node.getLineCount(); i++) {
            BasedSequence line = node.getLineChars(i);
            StringBuilder text = new StringBuilder(line.length());
            for (int j = 0; j < line.length(); j++) { // tags and their attributes may span lines
                char c = line.charAt(j);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (inTag) {
                    if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '>') {
                        inTag = false;
                        text.append(' ');
                    }
                } else if (c == '<' && j + 1 < line.length()
                        && (Character.isLetter(line.charAt(j + 1)) || line.charAt(j + 1) == '/')) {
                    inTag = true;
                } else if (c != '\n' && c != '\r') {
                    text.append(c);
                }
            }
            Matcher markdown = MARKDOWN.matcher(text);
            if (markdown.find()) {
                reporter.warning(LineIndex.lineOf(node.getDocument(), line.getStartOffset()),
                        String.format(Locale.ROOT, MARKDOWN_IN_HTML, markdown.group().strip()), MARKDOWN_IN_HTML_HINT);
                return;
            }
        }
    }
}
