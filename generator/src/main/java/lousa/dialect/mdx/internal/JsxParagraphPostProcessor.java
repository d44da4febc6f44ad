package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import lousa.dialect.mdx.JsxParagraph;
import lousa.dialect.mdx.JsxInlineComment;
import lousa.dialect.mdx.JsxTextExpression;
import org.jetbrains.annotations.NotNull;

/**
 * Turns the paragraphs of an {@code .mdx} file that hold only JSX elements into {@link JsxParagraph}s, as MDX
 * unwraps them: every node at the paragraph's top level is a tag, blanks, or inside a tag's element, and every
 * element opened there is closed there.
 */
public class JsxParagraphPostProcessor extends DocumentPostProcessor {

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        walk(document);
        return document;
    }

    private static void walk(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof Paragraph paragraph) {
                if (!(paragraph instanceof JsxParagraph) && onlyElements(paragraph)) {
                    JsxParagraph elements = new JsxParagraph(paragraph);
                    elements.takeChildren(paragraph);
                    paragraph.insertBefore(elements);
                    paragraph.unlink();
                }
            } else if (node instanceof Block && node.hasChildren()) {
                walk(node);
            }
            node = next;
        }
    }

    static boolean onlyElements(Paragraph paragraph) {
        int depth = 0;
        boolean tags = false;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline tag) {
                tags = true;
                depth += nesting(tag.getChars());
                if (depth < 0) {
                    return false;
                }
            } else if (depth == 0 && !blank(node)) {
                return false;
            }
        }
        return tags && depth == 0;
    }

    /** +1 for a start tag, -1 for an end tag, 0 for a self-closing or void one. */
    private static int nesting(BasedSequence tag) {
        if (tag.startsWith("</")) {
            return -1;
        }
        if (tag.endsWith("/>") || RawHtmlRewriter.VOID.contains(name(tag))) {
            return 0;
        }
        return 1;
    }

    private static String name(BasedSequence tag) {
        int end = 1;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
            end++;
        }
        return tag.subSequence(1, end).toString().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(Node node) {
        return node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof HtmlInlineComment
                || node instanceof JsxInlineComment
                || node instanceof JsxTextExpression expression && expression.value().isBlank()
                || node instanceof Text && node.getChars().isBlank();
    }

    public static class Factory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new JsxParagraphPostProcessor();
        }
    }
}
