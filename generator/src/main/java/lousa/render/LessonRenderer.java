package lousa.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import lousa.diag.Reporter;
import lousa.parse.DocumentKeys;
import lousa.parse.MarkdownParser;
import lousa.parse.TextSlots;
import lousa.site.Descriptions;
import lousa.site.TocEntry;
import lousa.render.tabs.ContentTabs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Stage 4, render: a lesson's AST to HTML with flexmark (links resolved by {@link LessonLinkResolver}),
 * then the small jsoup passes. One instance serves every lesson; it is thread-safe. A one-shot build renders in two
 * steps: {@link #draft} with flexmark as soon as a lesson is parsed, then the rest once the course is planned.
 */
public final class LessonRenderer {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator CODE = Selector.evaluatorOf("pre > code");
    private static final Evaluator MERMAID = Selector.evaluatorOf(".mermaid");

    private final HtmlRenderer renderer;
    private final UiText text;
    private final List<HtmlPass> passes;
    /** Docusaurus's {@code <Tabs>}: only on a page whose HTML names them. */
    private static final ContentTabs TABS = new ContentTabs();

    public LessonRenderer(MarkdownParser markdown, UiText text) {
        this.text = text;
        MutableDataSet options = new MutableDataSet(markdown.options());
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new LessonLinkResolver.Factory())
                .htmlIdGeneratorFactory(new PresetHeadingIds())
                .attributeProviderFactory(new lousa.render.tabs.LabBlockAttributes.Factory())
                .build();
        this.passes = List.of(
                new HeadingAnchorPass(text.get("heading_anchor")),
                new MissingImagePass(text.get("missing_image"), text.get("missing_media"), text.get("missing_file")),
                new TableWrapPass());
    }

    /** The site's UI strings, for the stages that add text around a lesson (deck handouts). */
    public UiText text() {
        return text;
    }

    /** Renders one node (a deck renders slide by slide); links resolve with the context set on its document. */
    public String renderNode(Node node) {
        return flexmark(node);
    }

    /** flexmark's HTML for a node, its text and code written through {@link TextSlots}. */
    private String flexmark(Node node) {
        Document document = node.getDocument();
        TextSlots slots = TextSlots.forDocument(document);
        if (slots == null) {
            return renderer.render(node);
        }
        document.set(TextSlots.KEY, slots);
        try {
            return slots.fill(renderer.render(node));
        } finally {
            document.remove(TextSlots.KEY);
        }
    }

    public RenderedLesson render(Document document, String title, LinkContext links,
                                 List<lousa.parse.HeadingInfo> headings) {
        document.set(RenderKeys.LINKS, links);
        String html = flexmark(document);
        return finish(html, title, links, body -> TocBuilder.build(headings));
    }

    /**
     * Renders a lesson with flexmark before the course is planned, so its AST can go at once: links get placeholders,
     * and the messages of rendering are kept, both for {@link #render(LessonDraft, String, LinkContext, List)}.
     */
    public LessonDraft draft(Document document) {
        DeferredLinks links = new DeferredLinks();
        List<LessonDraft.Message> messages = new ArrayList<>();
        Reporter parsing = DocumentKeys.REPORTER.get(document);
        document.set(DeferredLinks.KEY, links);
        document.set(DocumentKeys.REPORTER, (severity, line, message, hint) ->
                messages.add(new LessonDraft.Message(severity, line, message, hint)));
        try {
            String html = flexmark(document);
            return new LessonDraft(html, links.requests(), List.copyOf(messages));
        } finally {
            document.remove(DeferredLinks.KEY);
            document.set(DocumentKeys.REPORTER, parsing);
        }
    }

    /**
     * A drafted lesson, its links resolved against the planned course and its messages reported: the same as
     * {@link #render(Document, String, LinkContext, List)} of the lesson's AST.
     */
    public RenderedLesson render(LessonDraft draft, String title, LinkContext links,
                                 List<lousa.parse.HeadingInfo> headings) {
        draft.report(links.reporter());
        return finish(DeferredLinks.fill(draft.html(), draft.links(), links), title, links,
                body -> TocBuilder.build(headings));
    }

    /** Runs the HTML passes over already rendered HTML (a lesson body or a deck handout). */
    public RenderedLesson finish(String html, String title, LinkContext links, List<TocEntry> toc) {
        return finish(html, title, links, body -> toc);
    }

    /**
     * As above, with the table of contents read from the parsed HTML before the passes run (a deck handout's cards),
     * so that the HTML is not parsed a second time for it.
     */
    public RenderedLesson finish(String html, String title, LinkContext links,
                                 Function<Element, List<TocEntry>> tocOf) {
        org.jsoup.nodes.Document dom = Jsoup.parseBodyFragment(html);
        dom.outputSettings(new OutputSettings().prettyPrint(false));
        Element body = dom.body();
        links.targets().partials().apply(body, links); // first: what follows sees the imported text too
        NoteEmbeds.apply(body, links);
        InlineToc.apply(body, text.get("toc_inline")); // before the passes put their "#" in the headings
        List<TocEntry> toc = tocOf.apply(body);
        String heading = TitleHeadingPass.takeLeadingHeading(body, title);
        HtmlPass.Lesson lesson = new HtmlPass.Lesson(title);
        for (HtmlPass pass : passes) {
            pass.apply(body, lesson);
        }
        if (ContentTabs.present(html)) {
            TABS.apply(body, lesson);
        }
        ImageLoading.apply(body, links); // after the placeholders of missing images replaced them
        boolean hasCode = body.selectFirst(CODE) != null;
        boolean hasMermaid = body.selectFirst(MERMAID) != null;
        // The description and the search sections are read from this same tree: one parse per page, not three.
        return new RenderedLesson(HtmlSerializer.innerHtml(body), toc, hasCode, hasMermaid, links.media(),
                Descriptions.firstParagraph(body), body, heading);
    }
}
