package lousa.parse;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import lousa.parse.internal.FastInlineParser;
import lousa.parse.internal.TaskItemParentsPreProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import lousa.dialect.docusaurus.DocusaurusExtension;
import lousa.dialect.marp.FragmentedListExtension;
import lousa.dialect.mdx.MdxExtension;
import lousa.dialect.math.MathExtension;
import lousa.dialect.obsidian.ObsidianExtension;

import java.util.List;
import java.util.Objects;

/**
 * The one markdown parser of the site, for all three dialects (Obsidian, Docusaurus/MDX, Marp). Build it once
 * and share it: parsing and rendering are thread-safe. Always parse the whole file, front matter included, so
 * {@code LineIndex.lineOf(node)} is the line the author sees.
 *
 * <p>Renderers must be built from {@link #options()} so they get the node renderers of the extensions:
 * <pre>{@code
 * HtmlRenderer renderer = parser.rendererBuilder().linkResolverFactory(new MyResolver.Factory()).build();
 * }</pre>
 */
public final class MarkdownParser {

    private final DataHolder options;
    private final Parser parser;
    private final HtmlRenderer renderer;
    /** The parser of {@code .mdx} files, built on the first one: most courses have none. */
    private volatile Parser mdxParser;

    public MarkdownParser() {
        this.options = defaultOptions().toImmutable();
        this.parser = parser(options);
        this.renderer = HtmlRenderer.builder(options).build();
    }

    private static Parser parser(DataHolder options) {
        return Parser.builder(options)
                .customInlineParserFactory(FastInlineParser::new)
                // A custom inline parser turns off flexmark's own paragraph pre-processor, link reference definitions.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .blockPreProcessorFactory(new TaskItemParentsPreProcessor.Factory())
                .build();
    }

    /** The shared options: extensions and their settings. Build every renderer of the site from these. */
    public static MutableDataSet defaultOptions() {
        MutableDataSet options = new MutableDataSet();
        // Obsidian comes after WikiLinkExtension: the last renderer registered for a node wins.
        List<Extension> extensions = List.of(
                FrontMatterExtension.create(),
                CodeBlockExtension.create(),
                TextExtension.create(),
                DocusaurusExtension.create(),
                MdxExtension.create(),
                FastTablesExtension.create(),
                StrikethroughExtension.create(),
                EmojiExtension.create(),
                EmojiCharactersExtension.create(),
                TaskListExtension.create(),
                SelectiveAutolinkExtension.create(),
                FootnoteExtension.create(),
                FootnoteNumberingExtension.create(),
                DefinitionExtension.create(),
                SelectiveAbbreviationExtension.create(),
                WikiLinkExtension.create(),
                ObsidianExtension.create(),
                MathExtension.create(),
                FragmentedListExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        // Obsidian wiki links: [[Note]], [[Note#Heading|alias]], ![[image.png]], ![[image.png|300]].
        options.set(WikiLinkExtension.IMAGE_LINKS, true);
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(WikiLinkExtension.ALLOW_PIPE_ESCAPE, true);
        options.set(WikiLinkExtension.ALLOW_ANCHOR_ESCAPE, true);
        // Headings get ids for the table of contents and for [[Note#Heading]] anchors.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // Link targets with blanks: CommonMark's [texto](<Minha Nota.md>), which Obsidian writes for such names.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        // Task boxes as GitHub draws them, without flexmark's readonly: HTML allows it on text fields, not checkboxes.
        String box = "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\"";
        options.set(TaskListExtension.ITEM_DONE_MARKER, box + " checked=\"checked\" />&nbsp;");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, box + " />&nbsp;");
        // Definition lists as MkDocs, Pandoc and Quarto write them ("Termo" then ": definição"); a "~" line stays a
        // code fence. Abbreviations ("*[HTML]: HyperText…") as MkDocs' abbr: each use becomes an <abbr title>.
        options.set(DefinitionExtension.TILDE_MARKER, false);
        // The HTML goes to jsoup, which ignores its layout: skip flexmark's per-character line formatting.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        return options;
    }

    /** Parses a whole {@code .md} file. Never null; the document's chars are the whole text. */
    public Document parse(CharSequence text) {
        return parse(text, false);
    }

    /**
     * Parses a whole file, as MDX reads block tags when {@code mdx} ({@link MdxExtension#JSX_FLOW}: an {@code .mdx}
     * file, where {@code #word} is text), else as CommonMark. Never null; the document's chars are the whole text.
     */
    public Document parse(CharSequence text, boolean mdx) {
        Objects.requireNonNull(text, "text");
        return (mdx ? mdxParser() : parser).parse(text.toString());
    }

    /** Whether a file is read as MDX: its name ends in {@code .mdx}, as Docusaurus's {@code format: 'detect'}. */
    public static boolean isMdx(String fileName) {
        return fileName.regionMatches(true, fileName.length() - 4, ".mdx", 0, 4);
    }

    private Parser mdxParser() {
        Parser mdx = mdxParser;
        if (mdx == null) {
            synchronized (this) {
                mdx = mdxParser;
                if (mdx == null) {
                    mdx = parser(new MutableDataSet(options).set(MdxExtension.JSX_FLOW, true)
                            .set(ObsidianExtension.TAGS_IN_TEXT, false).toImmutable());
                    mdxParser = mdx;
                }
            }
        }
        return mdx;
    }

    /** The shared options (immutable). */
    public DataHolder options() {
        return options;
    }

    /** A renderer without link resolvers: for tests, decks and tools that take the links as written. */
    public HtmlRenderer renderer() {
        return renderer;
    }

    /** A fresh renderer builder from the shared options, to add link resolvers or attribute providers to. */
    public HtmlRenderer.Builder rendererBuilder() {
        return HtmlRenderer.builder(options);
    }

    /** Renders with {@link #renderer()}. */
    public String render(Document document) {
        return renderer.render(document);
    }
}
