package lousa.dialect.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.dialect.math.internal.MathBlockParser;
import lousa.dialect.math.internal.MathInlineParser;
import lousa.dialect.math.internal.MathNodeRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * {@code $…$} and {@code $$…$$}: {@link InlineMath} and {@link MathBlock} nodes, rendered as
 * {@code <span class="math math-inline">} / {@code <div class="math math-display">} holding the TeX, which the
 * theme typesets with KaTeX. The dollar rules are Pandoc's, so prices stay prose: an opening {@code $} has a
 * non-space after it, a closing one a non-space before it and no digit after it ({@code R$ 50}, {@code $5 e $10}).
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The class every math element carries: what the theme looks for, and what tells a page it needs KaTeX. */
    public static final String CLASS = "math";

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MathBlockParser.Factory());
        builder.customInlineParserExtensionFactory(new MathInlineParser.Factory());
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new MathNodeRenderer.Factory());
        }
    }
}
