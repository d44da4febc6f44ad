package lousa.parse.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import lousa.diag.Reporter;
import lousa.parse.DocumentKeys;
import lousa.parse.TextSlots;
import org.jetbrains.annotations.NotNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Code blocks: {@code <pre><code class="language-X" data-lang="X">}, no-break spaces turned into spaces (so the
 * copied code runs), and {@code mermaid} fences as {@code <pre class="mermaid">} for Mermaid to read. A fence's
 * title, marked lines and line numbers ({@link FenceMeta}, {@link MagicComments}) go on the {@code <pre>} as
 * {@code data-title}, {@code data-marked="1,4-6"} and {@code data-line-start}, for the theme to show. The escaped
 * code goes to the render's {@link TextSlots} when it has them.
 */
public class CodeBlockRenderer implements NodeRenderer {

    public static final String NBSP_NOTE = "code block: replaced %d no-break spaces with spaces so the code runs";
    static final String META_HINT = "mark lines with {1,4-6} after the language, or with # highlight-next-line, "
            + "# highlight-start and # highlight-end in the code (// for C-like languages)";

    private final TextSlots slots;

    CodeBlockRenderer(TextSlots slots) {
        this.slots = slots;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFenced),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, this::renderIndented));
    }

    private void renderFenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String info = node.getInfo().toString();
        String lang = language(info);
        String code = normalise(node, node.getContentChars().normalizeEOL(), context);
        html.line();
        if (lang.equals("mermaid")) {
            html.srcPosWithTrailingEOL(node.getChars()).attr("class", "mermaid").withAttr().tag("pre").openPre();
            text(html, code);
            html.tag("/pre").closePre();
        } else {
            FenceMeta meta = FenceMeta.parse(info);
            Reporter reporter = DocumentKeys.REPORTER.get(context.getDocument());
            int line = lousa.parse.LineIndex.lineOf(node);
            List<String> problems = new ArrayList<>(meta.problems());
            BitSet marked = meta.marked();
            if (!meta.ranges() && !lang.isEmpty()) { // as in Docusaurus: lines given in the info string win
                MagicComments magic = MagicComments.read(code);
                code = magic.code();
                marked = magic.marked();
                magic.problems().forEach(p -> reporter.warning(line + p.line(), "code block: " + p.message(), META_HINT));
            }
            int lines = lineCount(code);
            if (marked.length() - 1 > lines) {
                problems.add(String.format(Locale.ROOT, "line %d is marked, but the block has %d line%s%s",
                        marked.length() - 1, lines, lines == 1 ? "" : "s", meta.lineStart() > 1
                                ? " (marked lines count from the block's first line, whatever number it shows)" : ""));
                marked = marked.get(0, lines + 1);
            }
            problems.forEach(problem -> reporter.warning(line, "code block: " + problem, META_HINT));
            if (meta.title() != null) {
                html.attr("data-title", meta.title());
            }
            if (!marked.isEmpty()) {
                html.attr("data-marked", FenceMeta.encode(marked));
            }
            if (meta.lineStart() > 0) {
                html.attr("data-line-start", Integer.toString(meta.lineStart()));
            }
            html.srcPosWithTrailingEOL(node.getChars()).withAttr().tag("pre").openPre();
            if (!lang.isEmpty()) {
                html.attr("class", "language-" + lang).attr("data-lang", lang);
            }
            html.withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
            text(html, code);
            html.tag("/code").tag("/pre").closePre();
        }
        html.line();
    }

    private void renderIndented(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String code = normalise(node, node.getContentChars().trimTailBlankLines().normalizeEndWithEOL(), context);
        html.line();
        html.srcPosWithEOL(node.getChars()).withAttr().tag("pre").openPre();
        html.withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
        text(html, code);
        html.tag("/code").tag("/pre").closePre();
        html.line();
    }

    /** Lines in a block's code: the last one need not end with a newline. */
    static int lineCount(String code) {
        int lines = 0;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                lines++;
            }
        }
        return code.isEmpty() || code.endsWith("\n") ? lines : lines + 1;
    }

    /** What {@code html.text(code)} writes, through the slots when there are some. */
    private void text(HtmlWriter html, String code) {
        if (slots == null) {
            html.text(code);
        } else {
            html.raw(slots.put(Escaping.escapeHtml(code, false)));
        }
    }

    /** First word of the info string, lower-cased, reduced to characters that are safe in a class name. */
    static String language(String info) {
        String word = WORD_END.split(info.strip(), 2)[0].toLowerCase(Locale.ROOT);
        return UNSAFE.matcher(word).replaceAll("");
    }

    private static final Pattern WORD_END = Pattern.compile("[\\s{]");
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9_+#.-]");

    private static String normalise(Block node, CharSequence code, NodeRendererContext context) {
        String text = code.toString();
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\u00A0') {
                count++;
            }
        }
        if (count == 0) {
            return text;
        }
        Reporter reporter = DocumentKeys.REPORTER.get(context.getDocument());
        reporter.note(lousa.parse.LineIndex.lineOf(node), String.format(Locale.ROOT, NBSP_NOTE, count), null);
        return text.replace('\u00A0', ' ');
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new CodeBlockRenderer(TextSlots.of(options));
        }
    }
}
