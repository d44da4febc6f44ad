package lousa.site;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lousa.dialect.Tags;
import lousa.render.SitePaths;
import lousa.render.UiText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The tags page ({@link Tags#PAGE}), as Docusaurus's and MkDocs Material's tags index: every tag of the course in
 * alphabetical order, each with its lessons in reading order. Written only when some lesson has a tag; every tag on a
 * lesson page, and every {@code #tag} in its text, links to its section here.
 */
public final class TagsPage {

    /** One tag: its label as first written, its anchor, its lessons in reading order. */
    record Tag(String label, String slug, List<Lesson> lessons) {
    }

    private final CourseOutline outline;
    private final List<Tag> tags;

    public TagsPage(CourseOutline outline) {
        this.outline = outline;
        this.tags = collect(outline);
    }

    /** Whether the course has a tag, and so the page. */
    public boolean present() {
        return !tags.isEmpty();
    }

    List<Tag> tags() {
        return tags;
    }

    private static List<Tag> collect(CourseOutline outline) {
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        for (Lesson lesson : outline.lessons()) {
            if (!lesson.listed()) {
                continue;
            }
            for (String label : lesson.parsed().tags()) {
                bySlug.computeIfAbsent(Tags.slug(label), slug -> new Tag(label, slug, new ArrayList<>()))
                        .lessons().add(lesson);
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag(outline.config().language()));
        collator.setStrength(Collator.SECONDARY); // "Ásia" beside "asia", upper and lower case together
        List<Tag> sorted = new ArrayList<>(bySlug.values());
        sorted.sort((a, b) -> {
            int order = collator.compare(a.label(), b.label());
            return order != 0 ? order : a.slug().compareTo(b.slug());
        });
        return List.copyOf(sorted);
    }

    /** The page's model, laid out like a lesson (sidebar, breadcrumbs) with the list as its body. */
    public PageModel page(UiText text) {
        String title = text.get("tags_title");
        String html = body(text);
        return new PageModel(outline.config().language(), outline.config().title(), title,
                Descriptions.firstParagraph(html), SitePaths.root(Tags.PAGE), Tags.PAGE, PageModel.PageKind.LESSON,
                new NavBuilder(outline).sidebar(null), List.of(new Link(outline.config().title(), "index.html")),
                List.of(), null, null, html, false, false, null);
    }

    /**
     * What the home page shows of the tags: the most used (up to {@code max}, in the page's order) as links to their
     * sections, and a link to the whole page.
     */
    public String homeHtml(UiText text, int max) {
        Document dom = Document.createShell("");
        dom.outputSettings().prettyPrint(false);
        Element root = dom.body();
        root.appendElement("p").text(text.get("home_tags"));
        List<Tag> shown = tags;
        if (tags.size() > max) {
            List<Tag> most = new ArrayList<>(tags);
            most.sort((a, b) -> b.lessons().size() - a.lessons().size()); // stable: alphabetical among equals
            java.util.Set<Tag> kept = new java.util.HashSet<>(most.subList(0, max));
            shown = tags.stream().filter(kept::contains).toList();
        }
        Element list = root.appendElement("ul").addClass("tag-list").attr("aria-label", text.get("tags_title"));
        for (Tag tag : shown) {
            list.appendElement("li").appendElement("a").addClass("tag").attr("href", Tags.PAGE + "#" + tag.slug())
                    .text("#" + tag.label());
        }
        root.appendElement("p").appendElement("a").attr("href", Tags.PAGE)
                .text(count(text, "home_tags_all", tags.size()));
        return root.html();
    }

    /** The body: how many tags, all of them as links to their sections, then a section per tag. */
    String body(UiText text) {
        Document dom = Document.createShell("");
        dom.outputSettings().prettyPrint(false);
        Element root = dom.body();
        root.appendElement("p").text(count(text, "tags_intro", tags.size()));
        Element cloud = root.appendElement("ul").addClass("tag-cloud");
        for (Tag tag : tags) {
            Element link = cloud.appendElement("li").appendElement("a").addClass("tag").attr("href", "#" + tag.slug())
                    .text("#" + tag.label() + " ");
            link.appendElement("span").addClass("tag-count").text(String.valueOf(tag.lessons().size()));
        }
        for (Tag tag : tags) {
            Element section = root.appendElement("section").addClass("tag-section");
            section.appendElement("h2").attr("id", tag.slug()).text("#" + tag.label());
            section.appendElement("p").addClass("tag-total").text(count(text, "tags_lessons", tag.lessons().size()));
            Element list = section.appendElement("ul").addClass("tag-lessons");
            for (Lesson lesson : tag.lessons()) {
                Element item = list.appendElement("li");
                item.appendElement("a").attr("href", SitePaths.encode(lesson.path())).text(lesson.title());
                if (!lesson.sections().isEmpty()) {
                    item.appendText(" ");
                    item.appendElement("span").addClass("tag-where").text(String.join(" › ", lesson.sections()));
                }
            }
        }
        return root.html();
    }

    private static String count(UiText text, String key, int n) {
        return n == 1 ? text.get(key + "_one") : text.get(key + "_many").replace("{n}", String.valueOf(n));
    }
}
