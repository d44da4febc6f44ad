package lousa.dialect.docusaurus.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import lousa.dialect.docusaurus.Admonition;
import lousa.dialect.docusaurus.AdmonitionTitle;
import lousa.dialect.docusaurus.HeadingId;
import lousa.dialect.docusaurus.MdxCodeBlock;
import lousa.dialect.docusaurus.DocusaurusExtension;
import org.jetbrains.annotations.NotNull;

import java.util.Map;
import java.util.Set;

/**
 * Renders an admonition as {@code <aside class="admonition admonition-KIND" role="note">} with a title paragraph
 * and a body div. Unknown kinds are rendered as notes (the syntax checker reports them).
 */
public class AdmonitionNodeRenderer implements NodeRenderer {

    private final Map<String, String> defaultTitles;

    public AdmonitionNodeRenderer(DataHolder options) {
        this.defaultTitles = DocusaurusExtension.DEFAULT_TITLES.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Admonition.class, this::render),
                new NodeRenderingHandler<>(AdmonitionTitle.class, (node, context, html) -> context.renderChildren(node)),
                new NodeRenderingHandler<>(HeadingId.class, (node, context, html) -> { }), // the heading has it
                new NodeRenderingHandler<>(MdxCodeBlock.class, (node, context, html) -> context.renderChildren(node)));
    }

    private void render(Admonition node, NodeRendererContext context, HtmlWriter html) {
        String kind = node.isKnownKind() ? node.getKindName() : "note";
        html.attr("class", "admonition admonition-" + kind).attr("role", "note")
                .withAttr().tagLineIndent("aside", () -> {
                    html.line(); // the output passes straight through: indenting writes no line break
                    html.attr("class", "admonition-title").withAttr().tag("p");
                    if (node.getFirstChild() instanceof AdmonitionTitle title) {
                        context.renderChildren(title);
                    } else {
                        html.text(defaultTitles.getOrDefault(kind, defaultTitles.getOrDefault("note", "Nota")));
                    }
                    html.tag("/p").line();
                    html.attr("class", "admonition-body").withAttr().tagLineIndent("div", () -> {
                        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                            if (!(child instanceof AdmonitionTitle)) {
                                context.render(child);
                            }
                        }
                    });
                });
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new AdmonitionNodeRenderer(options);
        }
    }
}
