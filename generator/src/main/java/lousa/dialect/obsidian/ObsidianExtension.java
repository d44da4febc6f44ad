package lousa.dialect.obsidian;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import lousa.dialect.obsidian.internal.BlockIdPostProcessor;
import lousa.dialect.obsidian.internal.CalloutBlockParser;
import lousa.dialect.obsidian.internal.CommentBlockParser;
import lousa.dialect.obsidian.internal.HighlightDelimiterProcessor;
import lousa.dialect.obsidian.internal.InlineCommentParser;
import lousa.dialect.obsidian.internal.InlineFootnotePostProcessor;
import lousa.dialect.obsidian.internal.ObsidianNodeRenderer;
import lousa.dialect.obsidian.internal.TaskStatusPreProcessor;
import lousa.dialect.obsidian.internal.TagParser;
import org.jetbrains.annotations.NotNull;

import java.util.List;
import java.util.Map;

/**
 * Obsidian: callouts and GitHub alerts, {@code ==highlight==}, {@code %%comments%%}, block ids ({@code ^id}), inline
 * footnotes ({@code ^[nota]}), tags
 * ({@code #tag}, a link resolved with {@link #TAG}), and the HTML of
 * flexmark-ext-wikilink's {@code WikiLink}/{@code WikiImage} nodes. Register it before {@code WikiLinkExtension}
 * so its renderer wins. Wiki targets go to the link resolvers as {@link #WIKI_LINK} / {@link #WIKI_IMAGE} with the
 * raw target text ({@code "Note#Heading"}, {@code "image.png"}); the current node is the {@code WikiNode}.
 */
public final class ObsidianExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Link type of {@code [[Note]]} targets; the url is the raw target, e.g. {@code "Note#Heading"}. */
    public static final LinkType WIKI_LINK = new LinkType("LOUSA_WIKI_LINK");

    /** Link type of {@code ![[image.png]]} targets; the url is the raw file name, e.g. {@code "image.png"}. */
    public static final LinkType WIKI_IMAGE = new LinkType("LOUSA_WIKI_IMAGE");

    /** Link type of a {@code #tag}; the url is the tag as written, without its {@code #}. */
    public static final LinkType TAG = new LinkType("LOUSA_TAG");

    /**
     * Whether {@code #tag} in the text is a tag. Off for {@code .mdx} files: no tool that writes them reads tags
     * there, and MDX shows {@code #ajuda} as text.
     */
    public static final DataKey<Boolean> TAGS_IN_TEXT = new DataKey<>("LOUSA_TAGS_IN_TEXT", true);

    /** The tags written in a document's text ({@code #tag}), in order; null when it has none. */
    public static final NullableDataKey<List<String>> TAGS = new NullableDataKey<>("LOUSA_TAGS");

    /** Title of a callout written without one, by kind (after aliases); unknown kinds show their name. */
    public static final DataKey<Map<String, String>> CALLOUT_TITLES = new DataKey<>("LOUSA_CALLOUT_TITLES",
            Map.ofEntries(Map.entry("note", "Nota"), Map.entry("abstract", "Resumo"), Map.entry("info", "Informação"),
                    Map.entry("todo", "Tarefa"), Map.entry("tip", "Dica"), Map.entry("success", "Sucesso"),
                    Map.entry("question", "Pergunta"), Map.entry("warning", "Atenção"), Map.entry("failure", "Falha"),
                    Map.entry("danger", "Perigo"), Map.entry("bug", "Bug"), Map.entry("example", "Exemplo"),
                    Map.entry("quote", "Citação"), Map.entry("important", "Importante"), Map.entry("caution", "Cuidado")));

    private ObsidianExtension() {
    }

    public static ObsidianExtension create() {
        return new ObsidianExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // After TaskListExtension's: the list parser also reads Obsidian's other task statuses as markers.
        options.set(Parser.LISTS_ITEM_MARKER_SUFFIXES, TaskStatus.markerSuffixes());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new CalloutBlockParser.Factory());
        builder.customBlockParserFactory(new CommentBlockParser.Factory());
        builder.customInlineParserExtensionFactory(new InlineCommentParser.Factory());
        if (TAGS_IN_TEXT.get(builder)) {
            builder.customInlineParserExtensionFactory(new TagParser.Factory());
        }
        builder.customDelimiterProcessor(new HighlightDelimiterProcessor());
        builder.blockPreProcessorFactory(new TaskStatusPreProcessor.Factory());
        builder.postProcessorFactory(new BlockIdPostProcessor.Factory());
        builder.postProcessorFactory(new InlineFootnotePostProcessor.Factory());
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new ObsidianNodeRenderer.Factory());
            builder.attributeProviderFactory(TaskStatus.Attributes.factory());
        }
    }
}
