package lousa.parse.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;
import lousa.parse.SourceText;
import lousa.parse.TextSlots;
import org.jetbrains.annotations.NotNull;

/**
 * Renders text nodes as flexmark's core renderer does (backslash escapes and entities resolved, line ends
 * normalised, {@code & < > "} escaped), with a fast path for the text most nodes hold: none of {@code \ & \r}, so
 * there is nothing to resolve. Text is a third of a page's nodes, and the core renderer runs three regex passes
 * over each one, reading it char by char through flexmark's sequences. The escaped text goes to the render's
 * {@link TextSlots} when it has them.
 */
public final class TextRenderer implements NodeRenderer {

    private final TextSlots slots;

    TextRenderer(TextSlots slots) {
        this.slots = slots;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = string(chars);
        String escaped;
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            // What the core renderer does: html.text escapes as escapeHtml(…, false).
            escaped = Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false);
        } else {
            escaped = escape(text);
        }
        html.raw(slots == null ? escaped : slots.put(escaped));
    }

    /** The sequence's text: a substring of the file when it is a plain slice of it, as text nodes are. */
    static String string(BasedSequence chars) {
        String base = SourceText.of(chars);
        if (base != null) {
            return base.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** {@code < > "} as entities; the caller has ruled {@code &} out. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : null;
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(entity);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new TextRenderer(TextSlots.of(options));
        }
    }
}
