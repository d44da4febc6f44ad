package lousa.site;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lousa.dialect.FrontMatter;
import lousa.dialect.Tags;
import lousa.load.HttpUrls;
import lousa.load.LastChanges;
import lousa.render.RenderedLesson;
import lousa.render.SitePaths;
import lousa.render.TocBuilder;
import lousa.render.UiText;

/** Fills the page model of each kind of page from the planned course and a rendered body. */
public final class PageFactory {

    private final CourseOutline outline;
    private final LastChanges changes;
    private final NavBuilder nav;
    private final Pagination pagination;
    private final UiText text;
    /** Reading order by identity: prev/next in O(1), where a list search per page made the build quadratic. */
    private final Map<Lesson, Integer> positions = new IdentityHashMap<>();

    /**
     * @param changes when each lesson's file last changed: the date its page shows
     * @param text    the theme's interface text, for what the pages add to the lessons' own (the cards of
     *                {@code <DocCardList />})
     */
    public PageFactory(CourseOutline outline, LastChanges changes, UiText text) {
        this.outline = outline;
        this.changes = changes;
        this.text = text;
        this.nav = new NavBuilder(outline);
        // Made only for a course where a lesson names its prev or next: a map of every lesson's ids otherwise
        this.pagination = outline.lessons().stream().anyMatch(Pagination::choosesByName) ? new Pagination(outline)
                : null;
        for (int i = 0; i < outline.lessons().size(); i++) {
            positions.put(outline.lessons().get(i), i);
        }
    }

    public PageModel lesson(Lesson lesson, RenderedLesson body) {
        boolean deck = lesson.parsed().isDeck();
        return new PageModel(
                outline.config().language(),
                outline.config().title(),
                lesson.title(),
                description(lesson, body),
                SitePaths.root(lesson.path()),
                lesson.path(),
                deck ? PageModel.PageKind.DECK : PageModel.PageKind.LESSON,
                nav.sidebar(lesson),
                breadcrumbs(lesson),
                toc(lesson, body),
                link(lesson, -1),
                link(lesson, +1),
                DocCards.fill(body.html(), lesson, outline, text),
                body.hasCode(),
                body.hasMermaid(),
                deck ? SitePaths.encode(lesson.presentationPath()) : null,
                editHref(lesson),
                tagLinks(lesson),
                lastUpdated(lesson).orElse(null),
                lastUpdatedBy(lesson).orElse(null),
                body.heading(),
                body.heading() == null && lesson.parsed().frontMatter().hidesTitle(),
                !lesson.listed());
    }

    /**
     * When the lesson last changed: its front matter's {@code last_update} date (Docusaurus), else the last commit
     * that changed its file; none when the course turned the dates off.
     */
    public Optional<OffsetDateTime> lastUpdated(Lesson lesson) {
        if (!outline.config().lastUpdated()) {
            return Optional.empty();
        }
        Optional<OffsetDateTime> given = lesson.parsed().frontMatter().lastUpdate();
        return given.isPresent() ? given
                : changes.of(lesson.parsed().source().relative()).map(LastChanges.Change::date);
    }

    /**
     * Who last changed the lesson, when the course shows it ({@code last_updated_author: true}): its front matter's
     * {@code last_update} author, else the author of the last commit that changed its file. Each comes from its own
     * source, as in Docusaurus: a front matter date alone keeps the commit's author.
     */
    public Optional<String> lastUpdatedBy(Lesson lesson) {
        if (!outline.config().lastUpdated() || !outline.config().lastUpdatedAuthor()) {
            return Optional.empty();
        }
        Optional<String> given = lesson.parsed().frontMatter().lastUpdateAuthor();
        return given.isPresent() ? given : changes.of(lesson.parsed().source().relative())
                .map(LastChanges.Change::author).filter(author -> !author.isBlank());
    }

    /** The body's table of contents, at the heading levels the front matter asks for; none if it hides it. */
    private static List<TocEntry> toc(Lesson lesson, RenderedLesson body) {
        FrontMatter front = lesson.parsed().frontMatter();
        if (front.hidesTableOfContents()) {
            return List.of();
        }
        int[] levels = front.tocLevels();
        boolean usual = levels[0] == 2 && levels[1] == 3;
        return usual || lesson.parsed().isDeck() ? body.toc()
                : TocBuilder.build(lesson.parsed().headings(), levels[0], levels[1]);
    }

    /** The lesson's {@code custom_edit_url} (null: none), else its file under the course's {@code edit_url}. */
    private String editHref(Lesson lesson) {
        Optional<String> custom = lesson.parsed().frontMatter().customEditUrl();
        if (custom.isPresent()) { // null, or an address that is not one (a warning), is no link
            return HttpUrls.is(custom.get()) ? custom.get() : null;
        }
        return EditLinks.of(outline.config().editUrl(), lesson.parsed().source().relative());
    }

    /**
     * The lesson's tags, each linking to its list on the tags page; none for an unlisted lesson, which those lists
     * leave out (a tag only it has is on no page).
     */
    private static List<Link> tagLinks(Lesson lesson) {
        List<String> tags = lesson.parsed().tags();
        if (tags.isEmpty() || !lesson.listed()) {
            return List.of();
        }
        return tags.stream().map(tag -> new Link(tag, Tags.PAGE + "#" + Tags.slug(tag))).toList();
    }

    /** A deck's presentation page, for its head meta: the lesson's title and description at its own path. */
    public PageModel presentation(Lesson lesson, RenderedLesson body) {
        return new PageModel(outline.config().language(), outline.config().title(), lesson.title(),
                description(lesson, body), SitePaths.root(lesson.presentationPath()), lesson.presentationPath(),
                PageModel.PageKind.DECK, List.of(), List.of(), List.of(), null, null, "", false, false, null, null,
                List.of(), null, null, null, false, !lesson.listed());
    }

    /** Front matter {@code description}, else the first paragraph of the lesson, else the course's description. */
    private String description(Lesson lesson, RenderedLesson body) {
        return lesson.parsed().frontMatter().description().map(Descriptions::shorten)
                .filter(d -> !d.isBlank())
                .or(() -> java.util.Optional.of(body.description()).filter(d -> !d.isBlank()))
                .orElse(outline.config().description());
    }

    public PageModel home(String contentHtml) {
        return simple("index.html", outline.config().title(), PageModel.PageKind.HOME, contentHtml);
    }

    public PageModel notFound(String title, String contentHtml) {
        return simple("404.html", title, PageModel.PageKind.NOT_FOUND, contentHtml);
    }

    /** What the service worker shows for a page the reader has not saved, when there is no network. */
    public PageModel offline(String title) {
        return simple(OfflineMode.PAGE, title, PageModel.PageKind.OFFLINE, "");
    }

    private PageModel simple(String path, String title, PageModel.PageKind kind, String contentHtml) {
        Lesson first = outline.lessons().stream().filter(Lesson::listed).findFirst().orElse(null);
        return new PageModel(outline.config().language(), outline.config().title(), title,
                outline.config().description(), "", path, kind,
                kind == PageModel.PageKind.HOME ? nav.tree() : nav.sidebar(null), List.of(), List.of(), null,
                first == null || kind != PageModel.PageKind.HOME ? null
                        : new Link(first.title(), SitePaths.encode(first.path())),
                contentHtml, false, false, null);
    }

    /**
     * The lesson {@code step} places away in reading order, as a link; null past either end. The lesson's
     * {@code pagination_prev} / {@code pagination_next} (Docusaurus) overrides it: null for no link, or the lesson
     * to go to ({@link Pagination}).
     */
    private Link link(Lesson lesson, int step) {
        Optional<String> chosen = lesson.parsed().frontMatter().pagination(step < 0 ? Pagination.PREV : Pagination.NEXT);
        if (chosen.isPresent()) {
            if (chosen.get().isEmpty()) {
                return null;
            }
            Optional<Lesson> other = pagination == null ? Optional.empty()
                    : pagination.find(lesson, chosen.get()); // none: a warning, and the neighbour
            if (other.isPresent()) {
                return new Link(other.get().pagerTitle(), SitePaths.encode(other.get().path()));
            }
        }
        Integer at = positions.get(lesson);
        if (at == null) {
            return null;
        }
        List<Lesson> lessons = outline.lessons();
        for (int i = at + step; i >= 0 && i < lessons.size(); i += step) {
            Lesson other = lessons.get(i);
            if (other.listed()) { // an unlisted lesson is no one's neighbour; its own are the listed ones around it
                return new Link(other.pagerTitle(), SitePaths.encode(other.path()));
            }
        }
        return null;
    }

    /**
     * The course, then the lesson's module and sections; a crumb that only repeats the one before it (a course of one
     * module named after it, "Programação Assíncrona › Programação assíncrona") is left out.
     */
    private List<Link> breadcrumbs(Lesson lesson) {
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(new Link(outline.config().title(), "index.html"));
        for (String section : lesson.sections()) {
            if (!section.strip().equalsIgnoreCase(crumbs.get(crumbs.size() - 1).title().strip())) {
                crumbs.add(new Link(section, null));
            }
        }
        return crumbs;
    }
}
