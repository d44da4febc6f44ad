package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.obsidian.BlockId;
import org.jetbrains.annotations.NotNull;

/**
 * Finds Obsidian's block ids: a paragraph (or list item) whose text ends with a blank and {@code ^id} (letters,
 * digits, dashes). The {@code ^id} leaves the text and becomes a {@link BlockId} at the end of the paragraph. Walks
 * blocks only, and only in a document that has a caret at all.
 */
public class BlockIdPostProcessor extends DocumentPostProcessor {

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        if (hasCaret(document.getChars())) {
            walk(document);
        }
        return document;
    }

    /** Looks in the file's own String when there is one: its indexOf is one vector scan, not a call per char. */
    private static boolean hasCaret(BasedSequence chars) {
        Object base = chars.getBase();
        return base instanceof String text ? text.indexOf('^') >= 0 : chars.indexOf('^') >= 0;
    }

    private static void walk(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                mark(paragraph);
            } else if (node instanceof Block && node.hasChildren()) {
                walk(node);
            }
        }
    }

    private static void mark(Paragraph paragraph) {
        if (!(paragraph.getLastChild() instanceof Text text)) {
            return;
        }
        BasedSequence chars = text.getChars();
        int end = chars.length();
        while (end > 0 && Character.isWhitespace(chars.charAt(end - 1))) {
            end--;
        }
        int caret = end - 1;
        while (caret >= 0 && isIdChar(chars.charAt(caret))) {
            caret--;
        }
        if (caret < 1 || caret == end - 1 || chars.charAt(caret) != '^' || !Character.isWhitespace(chars.charAt(caret - 1))) {
            return;
        }
        BlockId id = new BlockId(chars.subSequence(caret, end));
        text.setChars(chars.subSequence(0, caret).trimEnd());
        text.insertAfter(id);
    }

    private static boolean isIdChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    public static class Factory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new BlockIdPostProcessor();
        }
    }
}
