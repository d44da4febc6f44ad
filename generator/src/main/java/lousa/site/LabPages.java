package lousa.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lousa.labs.LabMarker;
import lousa.labs.LabSupport;
import lousa.labs.LabText;
import lousa.labs.LessonBlocks;
import lousa.labs.LessonLabs;
import lousa.render.SitePaths;
import lousa.render.tabs.LabTabs;
import lousa.write.StagedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages the labs add to the site: "Python → Java" ({@link LabSupport#CONSTRUCTS_PAGE}), mapping each asyncio
 * construct of the lessons to the Java of the labs with links to the examples, and one page per lab source file
 * with the whole file (the lesson shows only its {@code // region lesson}).
 */
public final class LabPages {

    private final CourseOutline outline;
    private final LabSupport labs;
    private final LabText text;
    private final NavBuilder nav;

    public LabPages(CourseOutline outline, LabSupport labs) {
        this.outline = outline;
        this.labs = labs;
        this.text = labs.text();
        this.nav = new NavBuilder(outline);
    }

    /** Writes the pages; returns their site paths (none without labs). */
    public List<String> write(StagedSite site, Theme theme, AssetUrls assets) throws IOException {
        return write(site, theme, assets, SiteMeta.NONE);
    }

    /** Writes the pages with canonical and OpenGraph meta from {@code meta}; returns their site paths. */
    public List<String> write(StagedSite site, Theme theme, AssetUrls assets, SiteMeta meta) throws IOException {
        if (!labs.active()) {
            return List.of();
        }
        List<String> written = new ArrayList<>();
        site.write(LabSupport.CONSTRUCTS_PAGE, theme.renderPage(page(LabSupport.CONSTRUCTS_PAGE,
                text.get("labs.constructs.title"), constructsHtml()), assets, meta));
        written.add(LabSupport.CONSTRUCTS_PAGE);
        for (Map.Entry<String, List<LabMarker>> file : labs.valid().entrySet()) {
            LabMarker first = file.getValue().get(0);
            String path = first.sitePath();
            site.write(path, theme.renderPage(page(path, first.file().getFileName().toString(),
                    sourceHtml(path, file.getValue())), assets, meta));
            written.add(path);
        }
        return written;
    }

    /** The body of the "Python → Java" page. */
    String constructsHtml() {
        String from = LabSupport.CONSTRUCTS_PAGE;
        Element root = body();
        // The layout writes the page title as the one <h1>.
        root.appendElement("p").text(text.get("labs.constructs.intro"));
        Element table = root.appendElement("div").addClass("table-wrap").attr("tabindex", "0")
                .appendElement("table").addClass("lab-constructs");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(text.get("labs.constructs.col.python"));
        head.appendElement("th").attr("scope", "col").text(text.get("labs.constructs.col.java"));
        head.appendElement("th").attr("scope", "col").text(text.get("labs.constructs.col.examples"));
        Element tbody = table.appendElement("tbody");
        for (AsyncConstructs.Construct construct : AsyncConstructs.ALL) {
            Element row = tbody.appendElement("tr");
            row.appendElement("th").attr("scope", "row").appendElement("code").addClass("language-python")
                    .html(breakableCode(construct.python()));
            // The labels head each cell where a phone shows a row as a card, without the header row (labs.css).
            row.appendElement("td").attr("data-label", text.get("labs.constructs.col.java"))
                    .html(inlineCode(construct.java()));
            Element examples = row.appendElement("td").attr("data-label", text.get("labs.constructs.col.examples"));
            boolean any = false;
            for (LessonLabs lesson : labs.lessons().values()) {
                List<Element> links = new ArrayList<>();
                for (LessonBlocks.PythonBlock block : lesson.blocks().python()) {
                    AsyncConstructs.Use use = AsyncConstructs.use(construct, block.code());
                    if (use == AsyncConstructs.Use.NONE) {
                        continue;
                    }
                    Element link = new Element("a").attr("href", SitePaths.relative(from, lesson.pagePath())
                            + "#" + LabTabs.anchor(block.ordinal())).text(String.valueOf(block.ordinal()));
                    List<String> remarks = new ArrayList<>();
                    if (use == AsyncConstructs.Use.COMMENT) {
                        remarks.add(text.get("labs.constructs.commented"));
                    }
                    if (lesson.markers(block.ordinal()).isEmpty()) {
                        remarks.add(text.get("labs.constructs.untranslated"));
                    } else {
                        link.attr("title", lesson.markers(block.ordinal()).stream().map(LabMarker::simpleName)
                                .reduce((a, b) -> a + ", " + b).orElse(""));
                    }
                    Element item = new Element("span").addClass("lab-constructs__example").appendChild(link);
                    if (!remarks.isEmpty()) {
                        item.appendText(" (" + String.join(", ", remarks) + ")");
                    }
                    links.add(item);
                }
                if (!links.isEmpty()) {
                    Element line = examples.appendElement("p");
                    line.appendText(titleOf(lesson) + ", " + text.get("labs.constructs.example")
                            + (links.size() > 1 ? "s" : "") + " ");
                    for (int i = 0; i < links.size(); i++) {
                        if (i > 0) {
                            line.appendText(", ");
                        }
                        line.appendChild(links.get(i));
                    }
                    any = true;
                }
            }
            if (!any) {
                examples.text(text.get("labs.constructs.none"));
            }
        }
        return root.html();
    }

    /** The body of a lab source page: where it belongs, how to run it, the whole file. */
    String sourceHtml(String path, List<LabMarker> markers) {
        LabMarker first = markers.get(0);
        Element root = body();
        root.appendElement("p").addClass("lab-meta__file").appendText(text.get("labs.source.file") + ": ")
                .appendElement("code").html(escape(first.sourcePath()).replace("/", "/<wbr>"));
        for (LabMarker marker : markers) {
            Element p = root.appendElement("p").addClass("lab-meta__translates");
            p.appendText(text.get("labs.source.translates") + ": ");
            Lesson lesson = labs.lessons().keySet().stream().filter(l -> l.key().equals(marker.lesson())).findFirst()
                    .orElseThrow();
            String href = SitePaths.relative(path, lesson.path())
                    + (marker.example() > 0 ? "#" + LabTabs.anchor(marker.example()) : "");
            p.appendElement("a").attr("href", href).text(lesson.title() + (marker.example() > 0
                    ? ", " + text.get("labs.constructs.example") + " " + marker.example()
                    : " (" + text.get("labs.source.prose") + ")"));
        }
        Element run = root.appendElement("p").addClass("lab-meta__run");
        run.appendElement("span").text(text.get(first.test() ? "labs.run.test" : "labs.run"));
        run.appendText(" ");
        String module = first.sourcePath().substring(0, first.sourcePath().indexOf('/'));
        run.appendElement("code").addClass("lab-meta__command").html(breakableCode(first.runCommand(module)));
        String source = first.source().endsWith("\n") ? first.source().substring(0, first.source().length() - 1)
                : first.source();
        root.appendElement("pre").appendElement("code").addClass("language-java").attr("data-lang", "java")
                .text(source);
        return root.html();
    }

    /** A body to build into, serialised as written (no pretty-printing, which would touch code). */
    private static Element body() {
        Document dom = Document.createShell("");
        dom.outputSettings().prettyPrint(false);
        return dom.body();
    }

    private PageModel page(String path, String title, String html) {
        List<Link> crumbs = List.of(new Link(outline.config().title(), "index.html"));
        String description = Descriptions.firstParagraph(html);
        return new PageModel(outline.config().language(), outline.config().title(), title,
                description.isBlank() ? outline.config().description() : description,
                SitePaths.root(path), path, PageModel.PageKind.LESSON, nav.sidebar(null), crumbs, List.of(), null, null,
                html, true, false, null);
    }

    private String titleOf(LessonLabs lesson) {
        return outline.lessons().stream().filter(l -> l.key().equals(lesson.key())).map(Lesson::title).findFirst()
                .orElse(lesson.key());
    }

    /** `code` spans to {@code <code>}, everything else escaped. */
    static String inlineCode(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 1 ? "<code>" + breakableCode(parts[i]) + "</code>" : escape(parts[i]));
        }
        return out.toString();
    }

    /**
     * Code as HTML with a line-break opportunity ({@code <wbr>}) after each dot between names, so that a narrow
     * column wraps {@code asyncio.get_event_loop().time()} at a dot rather than inside a name; and an arrow kept
     * whole (a browser may break after a hyphen), by markup rather than an invisible joiner that a copy would take.
     */
    static String breakableCode(String code) {
        return escape(code).replaceAll("\\.(?=\\p{L})", ".<wbr>")
                .replace("-&gt;", "<span class=\"lab-constructs__arrow\">-&gt;</span>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
