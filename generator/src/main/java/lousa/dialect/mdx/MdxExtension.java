package lousa.dialect.mdx;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.dialect.mdx.internal.EsmParagraphPreProcessor;
import lousa.dialect.mdx.internal.JsxBlockParser;
import lousa.dialect.mdx.internal.JsxCommentParsers;
import lousa.dialect.mdx.internal.JsxInlineParser;
import lousa.dialect.mdx.internal.MdxHtmlRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * MDX as written for Docusaurus: tags with JSX attributes become HTML nodes (block or inline), top-level
 * {@code import}/{@code export} paragraphs become {@link EsmBlock}s, MDX comments ({@link JsxComment}) are dropped,
 * and every raw HTML node is rewritten on output:
 * comments and scripts dropped, JSX styles turned into CSS, invalid attributes dropped, iframes and images made lazy.
 * Problems are reported to {@code DocumentKeys.REPORTER} of the document being rendered.
 */
public final class MdxExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Class of the {@code <div>} wrapped around each {@code <iframe>}. */
    public static final DataKey<String> EMBED_CLASS = new DataKey<>("LOUSA_MDX_EMBED_CLASS", "embed");

    /** Whether top-level {@code import}/{@code export} lines are MDX ESM (and not rendered). */
    public static final DataKey<Boolean> ESM_LINES = new DataKey<>("LOUSA_MDX_ESM_LINES", true);

    private MdxExtension() {
    }

    public static MdxExtension create() {
        return new MdxExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new EsmParagraphPreProcessor.Factory());
        builder.customBlockParserFactory(new JsxBlockParser.Factory());
        builder.customInlineParserExtensionFactory(new JsxInlineParser.Factory());
        builder.customBlockParserFactory(new JsxCommentParsers.BlockFactory());
        builder.customInlineParserExtensionFactory(new JsxCommentParsers.InlineFactory());
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new MdxHtmlRenderer.Factory());
        }
    }
}
