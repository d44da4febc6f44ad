package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Arrays;

/**
 * Line numbers of nodes in O(log n). flexmark's {@code Node.getStartLineNumber()} counts newlines from the start
 * of the file on every call, which makes a 7 MB lesson with thousands of headings quadratic.
 */
public final class LineIndex {

    /**
     * An attribute a renderer may pass to the link resolver with a URL whose line is not its node's first line (a tag
     * deep in a raw HTML block): the 1-based line to report a problem at.
     */
    public static final String LINE_ATTRIBUTE = "data-lousa-line";

    private static final NullableDataKey<LineIndex> KEY = new NullableDataKey<>("LOUSA_LINE_INDEX");

    private final int[] lineStarts;

    private LineIndex(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line where a node starts, as the author sees it in the file. */
    public static int lineOf(Node node) {
        return lineOf(node.getDocument(), node.getStartOffset());
    }

    /** The 1-based line of a node's last character (flexmark's {@code getEndLineNumber()} + 1, without the scan). */
    public static int endLineOf(Node node) {
        int end = node.getEndOffset();
        return lineOf(node.getDocument(), end > 0 ? end - 1 : end);
    }

    /** Drops the index kept on a document whose text is released. */
    static void forget(Document document) {
        document.remove(KEY);
    }

    /**
     * The 1-based line of an offset in a document's text; a binary search in the document's line starts, counted
     * once (flexmark's own {@code getLineNumber} scans the text from the start on every call).
     */
    public static int lineOf(Document document, int offset) {
        LineIndex index = KEY.get(document);
        if (index == null) {
            // The text the document was parsed from: flexmark's own toString() copies it char by char.
            Object base = document.getChars().getBase();
            index = new LineIndex(base instanceof String text ? text : document.getChars().toString());
            document.set(KEY, index);
        }
        return index.line(offset);
    }

    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
