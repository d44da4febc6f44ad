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

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Code blocks: {@code <pre><code class="language-X" data-lang="X">}, no-break spaces turned into spaces (so the
 * copied code runs), and {@code mermaid} fences as {@code <pre class="mermaid">} for Mermaid to read. The escaped
 * code goes to the render's {@link TextSlots} when it has them.
 */
public class CodeBlockRenderer implements NodeRenderer {

    public static final String NBSP_NOTE = "code block: replaced %d no-break spaces with spaces so the code runs";

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
        String lang = language(node.getInfo().toString());
        String code = normalise(node, node.getContentChars().normalizeEOL(), context);
        html.line();
        if (lang.equals("mermaid")) {
            html.srcPosWithTrailingEOL(node.getChars()).attr("class", "mermaid").withAttr().tag("pre").openPre();
            text(html, code);
            html.tag("/pre").closePre();
        } else {
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
