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
import org.jetbrains.annotations.NotNull;

/**
 * Renders text nodes as flexmark's core renderer does (backslash escapes and entities resolved, line ends
 * normalised, {@code & < > "} escaped), with a fast path for the text most nodes hold: none of {@code \ & \r}, so
 * there is nothing to resolve. Text is a third of a page's nodes, and the core renderer runs three regex passes
 * over each one, reading it char by char through flexmark's sequences.
 */
public final class TextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = string(chars);
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            html.text(Escaping.normalizeEOL(chars.unescape())); // what the core renderer does
            return;
        }
        html.raw(escape(text));
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
            return new TextRenderer();
        }
    }
}
