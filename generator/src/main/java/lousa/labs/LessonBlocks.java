package lousa.labs;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The code blocks of one lesson that the labs care about, found in its flexmark AST: every {@code ```python} fence
 * (numbered from 1 in source order: the {@code example} of {@code @Translates}) and every block that shows what an
 * example printed (a shell/text fence right after a paragraph saying "Saída", or starting with a
 * {@code > python x.py} prompt), tied to the Python block before it.
 *
 * @param python  the Python blocks, in order; {@code python.get(i).ordinal() == i + 1}
 * @param outputs the printed-output blocks, in order
 */
public record LessonBlocks(List<PythonBlock> python, List<OutputBlock> outputs, Map<Node, Integer> pythonByNode,
                           Map<Node, Integer> outputByNode) {

    /** Set on a lesson's Document when the labs are in use, so the renderer marks these blocks in the HTML. */
    public static final NullableDataKey<LessonBlocks> KEY = new NullableDataKey<>("LOUSA_LAB_BLOCKS");

    /** Info strings (first word) of fences that may show printed output. */
    private static final Set<String> OUTPUT_LANGS = Set.of("", "sh", "shell", "console", "text", "txt", "output",
            "plaintext", "bash");
    private static final Pattern OUTPUT_CUE = Pattern.compile("(?iu)\\b(sa[ií]da|output)\\b");
    private static final Pattern PYTHON_PROMPT = Pattern.compile("^\\s*[>$]\\s*python3?\\s+\\S+\\.py\\b.*");

    /** A {@code ```python} block: its 1-based ordinal, 1-based source line (of the opening fence) and code. */
    public record PythonBlock(int ordinal, int line, String code) {
    }

    /** A block showing what example {@code example} printed; {@code lines} as in the lesson, prompts included. */
    public record OutputBlock(int example, int line, List<String> lines) {
    }

    /** The blocks of a document, computed once and kept on it. */
    public static LessonBlocks of(Document document) {
        LessonBlocks cached = KEY.get(document);
        return cached != null ? cached : scan(document);
    }

    /** Finds the blocks without caching them on the document. */
    public static LessonBlocks scan(Document document) {
        List<PythonBlock> python = new ArrayList<>();
        List<OutputBlock> outputs = new ArrayList<>();
        Map<Node, Integer> pythonByNode = new IdentityHashMap<>();
        Map<Node, Integer> outputByNode = new IdentityHashMap<>();
        new NodeVisitor(new VisitHandler<>(FencedCodeBlock.class, fence -> {
            String lang = language(fence);
            String code = fence.getContentChars().toString();
            int line = lousa.parse.LineIndex.lineOf(fence);
            if (lang.equals("python")) {
                int ordinal = python.size() + 1;
                python.add(new PythonBlock(ordinal, line, code));
                pythonByNode.put(fence, ordinal);
            } else if (!python.isEmpty() && OUTPUT_LANGS.contains(lang) && showsOutput(fence, code)) {
                int example = python.size();
                outputs.add(new OutputBlock(example, line, lines(code)));
                outputByNode.put(fence, example);
            }
        })).visit(document);
        return new LessonBlocks(List.copyOf(python), List.copyOf(outputs), pythonByNode, outputByNode);
    }

    /** Installs the blocks on the document, for the renderer's attribute provider. */
    public static LessonBlocks install(Document document) {
        LessonBlocks blocks = of(document);
        document.set(KEY, blocks);
        return blocks;
    }

    /** The same blocks without the AST's nodes, to keep once the AST is gone (after rendering). */
    public LessonBlocks withoutNodes() {
        return new LessonBlocks(python, outputs, Map.of(), Map.of());
    }

    static String language(FencedCodeBlock fence) {
        String info = fence.getInfo().toString().strip();
        int space = info.indexOf(' ');
        return (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    private static boolean showsOutput(FencedCodeBlock fence, String code) {
        Node previous = fence.getPrevious();
        if (previous instanceof Paragraph paragraph) {
            String text = new TextCollectingVisitor().collectAndGetText(paragraph);
            if (OUTPUT_CUE.matcher(text).find()) {
                return true;
            }
        }
        return lines(code).stream().filter(l -> !l.isBlank()).findFirst()
                .map(first -> PYTHON_PROMPT.matcher(first).matches()).orElse(false);
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
    }
}
