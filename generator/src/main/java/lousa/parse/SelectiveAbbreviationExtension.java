package lousa.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationNodePostProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;
import lousa.parse.internal.AbbreviationDefinitionParser;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark's abbreviations ({@code *[HTML]: HyperText Markup Language}, each "HTML" of the text an {@code <abbr>}),
 * with its text pass run only in a lesson that defines one. flexmark registers that pass as a node post-processor,
 * and any node post-processor makes flexmark classify every node of every document first (a walk that indexes each
 * node's type and ancestors): 1 000 lessons without a single abbreviation paid ~2% of the build's CPU for it. Here
 * the same processor runs from a document post-processor, over the text nodes in document order, and only when the
 * lesson has a definition. The definitions are read by {@link AbbreviationDefinitionParser}, not by flexmark's
 * parser, which misreads an indented one.
 */
public final class SelectiveAbbreviationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final AbbreviationExtension abbreviations = AbbreviationExtension.create();

    private SelectiveAbbreviationExtension() {
    }

    public static SelectiveAbbreviationExtension create() {
        return new SelectiveAbbreviationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        abbreviations.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AbbreviationDefinitionParser.Factory());
        builder.postProcessorFactory(new Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        abbreviations.rendererOptions(options);
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        abbreviations.extend(builder, rendererType);
    }

    /** Runs flexmark's processor over the text nodes, depth first, when the lesson defines an abbreviation. */
    private static final class Selective extends DocumentPostProcessor {

        @Override
        public @NotNull Document processDocument(@NotNull Document document) {
            if (AbbreviationExtension.ABBREVIATIONS.get(document).isEmpty()) {
                return document;
            }
            List<Node> texts = new ArrayList<>();
            collect(document, texts);
            NodePostProcessor processor = new AbbreviationNodePostProcessor.Factory().apply(document);
            for (Node text : texts) {
                processor.process(IgnoredNodeTracker.INSTANCE, text);
            }
            return document;
        }

        private static void collect(Node node, List<Node> out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text) {
                    out.add(child);
                }
                if (child.hasChildren()) {
                    collect(child, out);
                }
            }
        }
    }

    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new Selective();
        }
    }
}
