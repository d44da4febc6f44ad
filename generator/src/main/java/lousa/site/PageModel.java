package lousa.site;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the layout template needs to render one page. Paths are site-relative ("a/b.html");
 * the template prefixes them with {@link #root()} so the site works from file:// and under any sub-path.
 *
 * @param lang          BCP 47 language of the course, e.g. "pt-BR"
 * @param courseTitle   title of the whole course
 * @param title         title of this page (already plain text)
 * @param description   one-line description for meta tags; may be empty
 * @param root          relative path from this page to the site root: "" or "../" or "../../"
 * @param path          site-relative path of this page, e.g. "backend/sincrono-assincrono.html"
 * @param kind          what kind of page this is
 * @param sidebar       navigation tree of the course, with the current lesson marked
 * @param breadcrumbs   from the home page down to (excluding) this page
 * @param toc           table of contents built from the page's h2/h3
 * @param prev          previous lesson in course order, or null
 * @param next          next lesson in course order, or null
 * @param contentHtml   the rendered lesson body (trusted HTML)
 * @param hasCode       the page has highlighted code: load the highlighter
 * @param hasMermaid    the page has Mermaid diagrams: load Mermaid (3 MB) only then
 * @param presentHref   for a slide deck's handout page, the presentation page; else null
 * @param editHref      where the lesson's source is edited in the course's repository ({@code edit_url}); else null
 * @param tags          the lesson's tags, each a link to its place on the tags page; empty on other pages
 * @param lastUpdated   when the lesson's file last changed, from git ({@link lousa.load.GitDates}); else null
 * @param lastUpdatedBy who made that change, when the course shows it; else null
 * @param heading       what heads the page when it is not {@code title}: the h1 a lesson's markdown opens with; else
 *                      null
 * @param titleHidden   the page's heading is for screen readers only (Docusaurus's {@code hide_title})
 * @param unlisted      the page is reached only by its link: a banner says so, and search engines are asked to pass
 */
public record PageModel(
        String lang,
        String courseTitle,
        String title,
        String description,
        String root,
        String path,
        PageKind kind,
        List<NavNode> sidebar,
        List<Link> breadcrumbs,
        List<TocEntry> toc,
        Link prev,
        Link next,
        String contentHtml,
        boolean hasCode,
        boolean hasMermaid,
        String presentHref,
        String editHref,
        List<Link> tags,
        OffsetDateTime lastUpdated,
        String lastUpdatedBy,
        String heading,
        boolean titleHidden,
        boolean unlisted) {

    /** A page headed by its title. */
    public PageModel(String lang, String courseTitle, String title, String description, String root, String path,
                     PageKind kind, List<NavNode> sidebar, List<Link> breadcrumbs, List<TocEntry> toc, Link prev,
                     Link next, String contentHtml, boolean hasCode, boolean hasMermaid, String presentHref,
                     String editHref, List<Link> tags, OffsetDateTime lastUpdated, String lastUpdatedBy) {
        this(lang, courseTitle, title, description, root, path, kind, sidebar, breadcrumbs, toc, prev, next,
                contentHtml, hasCode, hasMermaid, presentHref, editHref, tags, lastUpdated, lastUpdatedBy, null, false,
                false);
    }

    /** A page without tags. */
    public PageModel(String lang, String courseTitle, String title, String description, String root, String path,
                     PageKind kind, List<NavNode> sidebar, List<Link> breadcrumbs, List<TocEntry> toc, Link prev,
                     Link next, String contentHtml, boolean hasCode, boolean hasMermaid, String presentHref,
                     String editHref) {
        this(lang, courseTitle, title, description, root, path, kind, sidebar, breadcrumbs, toc, prev, next,
                contentHtml, hasCode, hasMermaid, presentHref, editHref, List.of(), null, null);
    }

    /** A page without an edit link (home, labs, 404, a presentation). */
    public PageModel(String lang, String courseTitle, String title, String description, String root, String path,
                     PageKind kind, List<NavNode> sidebar, List<Link> breadcrumbs, List<TocEntry> toc, Link prev,
                     Link next, String contentHtml, boolean hasCode, boolean hasMermaid, String presentHref) {
        this(lang, courseTitle, title, description, root, path, kind, sidebar, breadcrumbs, toc, prev, next,
                contentHtml, hasCode, hasMermaid, presentHref, null);
    }

    /** The page has math ({@code $x$}, {@code $$…$$}): load KaTeX only then. */
    public boolean hasMath() {
        return contentHtml != null && contentHtml.contains(MathAssets.MARK);
    }

    /** The page's heading, as HTML: escaped, long words breakable ({@link TitleBreaks}). */
    public String titleHtml() {
        return TitleBreaks.html(heading == null ? title : heading);
    }

    public enum PageKind {
        HOME, LESSON, DECK, NOT_FOUND, OFFLINE;

        /**
         * The 404 page and the offline page answer at whatever address was asked for: their stylesheet is inlined
         * and their links are fixed up (by a script, or by the service worker's {@code <base>}).
         */
        public boolean answersAnyAddress() {
            return this == NOT_FOUND || this == OFFLINE;
        }
    }
}
