package lousa.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import lousa.diag.Reporter;
import lousa.dialect.docusaurus.Admonition;
import lousa.dialect.math.MathBlock;
import lousa.dialect.obsidian.Comment;

import java.util.Locale;

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

    private final Reporter reporter;
    private final NodeVisitor visitor = new NodeVisitor(
            new VisitHandler<>(Admonition.class, this::visit),
            new VisitHandler<>(FencedCodeBlock.class, this::visit),
            new VisitHandler<>(Comment.class, this::visit),
            new VisitHandler<>(MathBlock.class, this::visit));

    private SyntaxChecker(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Checks a document parsed by {@link MarkdownParser} from the whole file. */
    public static void check(Document document, Reporter reporter) {
        new SyntaxChecker(reporter).run(document);
    }

    private void run(Document document) {
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
}
