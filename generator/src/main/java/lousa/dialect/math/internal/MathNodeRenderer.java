package lousa.dialect.math.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import lousa.dialect.math.InlineMath;
import lousa.dialect.math.MathBlock;
import lousa.dialect.math.MathExtension;
import org.jetbrains.annotations.NotNull;

/**
 * The TeX, escaped, in an element the theme typesets with KaTeX: {@code <span class="math math-inline">},
 * {@code <span class="math math-display">} for {@code $$…$$} in a line, {@code <div class="math math-display">} for
 * a block. Without JavaScript the reader sees the TeX.
 */
public class MathNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(InlineMath.class, this::renderInline),
                new NodeRenderingHandler<>(MathBlock.class, this::renderBlock));
    }

    private void renderInline(InlineMath node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", MathExtension.CLASS + (node.isDisplay() ? " math-display" : " math-inline"))
                .withAttr().tag("span");
        html.text(node.getTex().toString());
        html.tag("/span");
    }

    private void renderBlock(MathBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.attr("class", MathExtension.CLASS + " math-display").srcPos(node.getChars()).withAttr().tag("div");
        html.text(node.getTex());
        html.tag("/div");
        html.line();
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new MathNodeRenderer();
        }
    }
}
