package lousa.dialect.docusaurus;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.dialect.docusaurus.internal.AdmonitionBlockParser;
import lousa.dialect.docusaurus.internal.AdmonitionNodeRenderer;
import lousa.dialect.docusaurus.internal.HeadingIdPostProcessor;
import lousa.dialect.docusaurus.internal.MdxCodeBlockParser;
import org.jetbrains.annotations.NotNull;

import java.util.Map;

/**
 * Docusaurus: admonitions ({@code :::tip[Título]}), explicit heading ids ({@code ## Título {#id}}, a
 * {@link HeadingId} the parse gives its heading; never rendered) and the {@code mdx-code-block} fences it unwraps
 * ({@link MdxCodeBlock}).
 */
public final class DocusaurusExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Title shown when an admonition has none, by kind; unknown kinds use the note's. */
    public static final DataKey<Map<String, String>> DEFAULT_TITLES = new DataKey<>("LOUSA_ADMONITION_TITLES",
            Map.of("note", "Nota", "tip", "Dica", "info", "Informação",
                    "warning", "Atenção", "danger", "Perigo", "caution", "Cuidado"));

    private DocusaurusExtension() {
    }

    public static DocusaurusExtension create() {
        return new DocusaurusExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AdmonitionBlockParser.Factory());
        builder.customBlockParserFactory(new MdxCodeBlockParser.Factory());
        builder.postProcessorFactory(new HeadingIdPostProcessor.Factory());
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new AdmonitionNodeRenderer.Factory());
        }
    }
}
