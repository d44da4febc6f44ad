package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.mdx.EsmBlock;
import lousa.dialect.docusaurus.DocusaurusExtension;
import lousa.dialect.mdx.JsxComment;
import lousa.dialect.mdx.JsxInlineComment;
import lousa.dialect.mdx.JsxTextExpression;
import lousa.dialect.mdx.JsxParagraph;
import lousa.dialect.mdx.MdxExtension;
import lousa.parse.DocumentKeys;
import lousa.parse.LineIndex;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/** Raw HTML through {@link RawHtmlRewriter}; HTML comments, block or inline, and ESM render nothing. */
public class MdxHtmlRenderer implements NodeRenderer {

    private final String embedClass;

    public MdxHtmlRenderer(DataHolder options) {
        this.embedClass = MdxExtension.EMBED_CLASS.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> renderBlock(node.getContentChars(), context, html)),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> renderBlock(node.getContentChars(), context, html)),
                new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> html.raw(rewriter(node.getChars(), context).rewrite(node.getChars()))),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> {
                    if (isFittingHeader(node)) {
                        html.raw("<!--fit-->"); // Marp's "# <!-- fit --> Título": the deck makes the heading fit
                    }
                }),
                new NodeRenderingHandler<>(JsxParagraph.class, (node, context, html) -> {
                    html.line();
                    context.renderChildren(node);
                    html.line();
                }),
                new NodeRenderingHandler<>(EsmBlock.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(JsxComment.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(JsxInlineComment.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(JsxTextExpression.class, (node, context, html) -> html.text(node.value())));
    }

    private void renderBlock(BasedSequence chars, NodeRendererContext context, HtmlWriter html) {
        String out = rewriter(chars, context).rewrite(chars.normalizeEOL());
        if (out.isBlank()) {
            return;
        }
        html.line();
        html.rawPre(out.strip());
        html.line();
    }

    private RawHtmlRewriter rewriter(BasedSequence chars, NodeRendererContext context) {
        Document document = context.getDocument();
        return new RawHtmlRewriter(DocumentKeys.REPORTER.get(document),
                offset -> LineIndex.lineOf(document, chars.getIndexOffset(Math.min(offset, Math.max(chars.length() - 1, 0)))),
                embedClass, (url, image, line) -> resolve(url, image, line, context), EsmNames.of(document),
                DocusaurusExtension.DEFAULT_TITLES.get(context.getOptions()));
    }

    /**
     * A URL of raw HTML through the renderer's link resolvers, as a markdown link or image: {@code <img src="x.png">}
     * finds the course's file and copies it, {@code <a href="aula.md">} the lesson; a missing one is reported.
     */
    private static String resolve(String url, boolean image, int line, NodeRendererContext context) {
        if (context.isDoNotRenderLinks()) {
            return url;
        }
        MutableAttributes at = new MutableAttributes(); // the tag's own line, not its block's first
        at.addValue(LineIndex.LINE_ATTRIBUTE, String.valueOf(line));
        ResolvedLink link = context.resolveLink(image ? LinkType.IMAGE : LinkType.LINK, url, at, null);
        return link.getStatus() == LinkStatus.UNKNOWN ? url : link.getUrl();
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new MdxHtmlRenderer(options);
        }
    }

    /** A {@code <!-- fit -->} comment in a heading (Marp's fitting header). */
    static boolean isFittingHeader(HtmlInlineComment comment) {
        if (!(comment.getParent() instanceof com.vladsch.flexmark.ast.Heading)) {
            return false;
        }
        String text = comment.getChars().toString();
        return text.startsWith("<!--") && text.endsWith("-->")
                && text.substring(4, text.length() - 3).strip().equals("fit");
    }
}
