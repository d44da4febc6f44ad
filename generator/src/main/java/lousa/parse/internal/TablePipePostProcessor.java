package lousa.parse.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * GitHub's table rule for code: in a table cell, {@code `a \| b`} is the code {@code a | b} (the backslash only keeps
 * the pipe from splitting the cell). flexmark keeps the backslash in code, where it escapes nothing. Walks blocks
 * only, and only in a document that has a {@code \|}.
 */
public class TablePipePostProcessor extends DocumentPostProcessor {

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        BasedSequence chars = document.getChars();
        Object base = chars.getBase();
        if (base instanceof String text ? text.contains("\\|") : chars.indexOf("\\|") >= 0) {
            walk(document);
        }
        return document;
    }

    private static void walk(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock table) {
                unescape(table);
            } else if (node instanceof Block && node.hasChildren()) {
                walk(node);
            }
        }
    }

    private static void unescape(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code code) {
                if (code.getText().indexOf("\\|") >= 0) { // flexmark writes the code from its text
                    code.setText(code.getText().replace("\\|", "|"));
                }
                for (Node part = code.getFirstChild(); part != null; part = part.getNext()) {
                    if (part instanceof Text text && text.getChars().indexOf("\\|") >= 0) {
                        text.setChars(text.getChars().replace("\\|", "|"));
                    }
                }
            } else if (child.hasChildren()) {
                unescape(child);
            }
        }
    }

    public static class Factory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new TablePipePostProcessor();
        }
    }
}
