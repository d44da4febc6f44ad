package lousa.render;

import java.util.List;
import java.util.Set;
import lousa.site.TocEntry;
import org.jsoup.nodes.Element;

/**
 * A lesson body ready for the layout.
 *
 * @param media       content files the lesson uses (copied to the site)
 * @param description the text of the body's first paragraph that says something, shortened; "" when none
 * @param tree        the body as the jsoup tree {@code html} was serialised from, so later readers (the search
 *                    index) need not parse it again; whoever reads it last may change it, never {@code html}
 * @param heading     the text of the h1 the body opened with, taken out of it to head the page, when it is not the
 *                    lesson's title (Docusaurus's title from the markdown); null when the title heads the page
 */
public record RenderedLesson(String html, List<TocEntry> toc, boolean hasCode, boolean hasMermaid, Set<String> media,
                             String description, Element tree, String heading) {

    /** The same lesson with another body: the labs put their tabs in (they do not change the description). */
    public RenderedLesson withBody(Element newTree) {
        return new RenderedLesson(HtmlSerializer.innerHtml(newTree), toc, hasCode, hasMermaid, media, description,
                newTree, heading);
    }

    /** The same lesson without its tree, to keep (the HTML is all a page needs to be laid out again). */
    public RenderedLesson withoutTree() {
        return new RenderedLesson(html, toc, hasCode, hasMermaid, media, description, null, heading);
    }
}
