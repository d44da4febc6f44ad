package lousa.render;

import java.util.ArrayList;
import java.util.List;
import lousa.dialect.mdx.internal.RawHtmlRewriter;
import lousa.parse.HeadingInfo;
import lousa.site.TocEntry;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Docusaurus's {@code <TOCInline toc={toc} />}: the page's headings as a list in the text, between the levels it
 * asks for (2 and 3 by default, as Docusaurus). The headings are the page's own, as the side table of contents
 * lists them: not those of another lesson's text shown in an embed.
 */
final class InlineToc {

    private static final Evaluator PLACES = Selector.evaluatorOf("nav[" + RawHtmlRewriter.TOC_INLINE_ATTRIBUTE + "]");
    private static final Evaluator HEADINGS = Selector.evaluatorOf("h2[id], h3[id], h4[id], h5[id], h6[id]");
    private static final Evaluator EMBEDS = Selector.evaluatorOf(".note-embed-block");

    private InlineToc() {
    }

    static void apply(Element body, String label) {
        List<Element> places = body.select(PLACES);
        if (places.isEmpty()) {
            return;
        }
        List<HeadingInfo> headings = new ArrayList<>();
        for (Element heading : body.select(HEADINGS)) {
            if (heading.closest(EMBEDS) == null) {
                headings.add(new HeadingInfo(heading.normalName().charAt(1) - '0', heading.id(), heading.text(), 0));
            }
        }
        for (Element place : places) {
            String[] levels = place.attr(RawHtmlRewriter.TOC_INLINE_ATTRIBUTE).split("-");
            place.removeAttr(RawHtmlRewriter.TOC_INLINE_ATTRIBUTE).attr("aria-label", label);
            List<TocEntry> entries = TocBuilder.build(headings, Integer.parseInt(levels[0]),
                    Integer.parseInt(levels[1]));
            if (!entries.isEmpty()) {
                list(place, entries);
            }
        }
    }

    private static void list(Element parent, List<TocEntry> entries) {
        Element list = parent.appendElement("ul");
        for (TocEntry entry : entries) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "#" + SitePaths.fragment(entry.id())).text(entry.text());
            if (!entry.children().isEmpty()) {
                list(item, entry.children());
            }
        }
    }
}
