package lousa.parse;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.parse.internal.FrontMatterBlockParserFactory;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/**
 * YAML front matter with flexmark-ext-yaml-front-matter's nodes ({@link YamlFrontMatterBlock}, read them with
 * {@code AbstractYamlFrontMatterVisitor}), opened only by a {@code ---} on line 1 followed by {@code key:} lines
 * and a closing fence. Use it instead of {@code YamlFrontMatterExtension}, not with it. Renders nothing.
 */
public final class FrontMatterExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private FrontMatterExtension() {
    }

    public static FrontMatterExtension create() {
        return new FrontMatterExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new FrontMatterBlockParserFactory());
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () ->
                Set.of(new NodeRenderingHandler<>(YamlFrontMatterBlock.class, (node, context, html) -> { })));
    }
}
