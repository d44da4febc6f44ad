package lousa.dialect.mdx;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.dialect.mdx.internal.CodeBlockComponentParser;
import lousa.dialect.mdx.internal.EsmParagraphPreProcessor;
import lousa.dialect.mdx.internal.IndentedFlowParsers;
import lousa.dialect.mdx.internal.JsxBlockParser;
import lousa.dialect.mdx.internal.JsxCommentParsers;
import lousa.dialect.mdx.internal.JsxExpressionParser;
import lousa.dialect.mdx.internal.JsxParagraphPostProcessor;
import lousa.dialect.mdx.internal.JsxInlineParser;
import lousa.dialect.mdx.internal.MdxHtmlRenderer;
import org.jetbrains.annotations.NotNull;

import java.util.List;

/**
 * MDX as written for Docusaurus: tags with JSX attributes become HTML nodes (block or inline), top-level
 * {@code import}/{@code export} paragraphs become {@link EsmBlock}s, MDX comments ({@link JsxComment}) are dropped,
 * in an {@code .mdx} file a string or number expression ({@code {'<'}}) is its text ({@link JsxTextExpression}),
 * and every raw HTML node is rewritten on output:
 * comments and scripts dropped, JSX styles turned into CSS, invalid attributes dropped, iframes and images made lazy.
 * Problems are reported to {@code DocumentKeys.REPORTER} of the document being rendered.
 */
public final class MdxExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Class of the {@code <div>} wrapped around each {@code <iframe>}. */
    public static final DataKey<String> EMBED_CLASS = new DataKey<>("LOUSA_MDX_EMBED_CLASS", "embed");

    /**
     * Whether block tags follow MDX, as in an {@code .mdx} file: a line of tags only is a block of its own and the
     * lines after it are markdown ({@link JsxBlockParser.FlowFactory}), a paragraph of JSX elements only is not
     * wrapped in a {@code <p>} ({@link JsxParagraph}), and there are no indented code blocks. Off, CommonMark's HTML
     * blocks hold every line up to a blank one, as Docusaurus reads {@code .md} files with {@code format: 'detect'}.
     */
    public static final DataKey<Boolean> JSX_FLOW = new DataKey<>("LOUSA_MDX_JSX_FLOW", false);

    /**
     * The one type-6 HTML block tag: NUL, a name no lesson writes, so a {@code <div>} line never opens CommonMark's
     * raw HTML block. (An empty list would make flexmark's pattern match {@code "< "}.)
     */
    private static final List<String> NO_BLOCK_TAGS = List.of("\0");

    /** Whether top-level {@code import}/{@code export} lines are MDX ESM (and not rendered). */
    public static final DataKey<Boolean> ESM_LINES = new DataKey<>("LOUSA_MDX_ESM_LINES", true);

    private MdxExtension() {
    }

    public static MdxExtension create() {
        return new MdxExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        if (JSX_FLOW.get(options)) {
            options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
            options.set(Parser.LISTS_CODE_INDENT, Integer.MAX_VALUE / 2); // "    - item" under a tag is a list
            options.set(Parser.HTML_BLOCK_TAGS, NO_BLOCK_TAGS);
            options.set(Parser.HTML_BLOCK_START_ONLY_ON_BLOCK_TAGS, true);
        }
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new EsmParagraphPreProcessor.Factory());
        builder.customBlockParserFactory(new CodeBlockComponentParser.Factory());
        if (JSX_FLOW.get(builder)) {
            builder.customBlockParserFactory(new JsxBlockParser.FlowFactory());
            builder.customBlockParserFactory(new IndentedFlowParsers.FenceFactory());
            builder.customBlockParserFactory(new IndentedFlowParsers.HeadingFactory());
            builder.customBlockParserFactory(new IndentedFlowParsers.ThematicBreakFactory());
            builder.postProcessorFactory(new JsxParagraphPostProcessor.Factory());
            builder.customInlineParserExtensionFactory(new JsxExpressionParser.Factory());
        } else {
            builder.customBlockParserFactory(new JsxBlockParser.Factory());
        }
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
