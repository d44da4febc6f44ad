package lousa.dialect.docusaurus.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.docusaurus.HeadingId;
import org.jetbrains.annotations.NotNull;

/**
 * Finds explicit heading ids: a heading whose text ends with {@code {#id}} (no blanks or braces in the id). The
 * {@code {#id}} leaves the text and becomes a {@link HeadingId} at the end of the heading. Walks blocks only, and
 * only in a document that has a {@code {#} at all.
 */
public class HeadingIdPostProcessor extends DocumentPostProcessor {

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        BasedSequence chars = document.getChars();
        Object base = chars.getBase();
        if (base instanceof String text ? text.contains("{#") : chars.indexOf("{#") >= 0) {
            walk(document);
        }
        return document;
    }

    private static void walk(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                mark(heading);
            } else if (node instanceof Block && node.hasChildren()) {
                walk(node);
            }
        }
    }

    private static void mark(Heading heading) {
        if (!(heading.getLastChild() instanceof Text text)) {
            return;
        }
        BasedSequence chars = text.getChars();
        int end = chars.length();
        while (end > 0 && Character.isWhitespace(chars.charAt(end - 1))) {
            end--;
        }
        if (end < 4 || chars.charAt(end - 1) != '}') {
            return;
        }
        int open = chars.lastIndexOf("{#", end - 1);
        if (open < 0 || end - open < 4) {
            return;
        }
        for (int i = open + 2; i < end - 1; i++) {
            char c = chars.charAt(i);
            if (Character.isWhitespace(c) || c == '{' || c == '}') {
                return; // "{#a b}": not an id, left as text
            }
        }
        HeadingId id = new HeadingId(chars.subSequence(open, end));
        BasedSequence before = chars.subSequence(0, open).trimEnd();
        if (before.isEmpty()) {
            text.unlink();
        } else {
            text.setChars(before);
        }
        heading.appendChild(id);
    }

    public static class Factory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new HeadingIdPostProcessor();
        }
    }
}
