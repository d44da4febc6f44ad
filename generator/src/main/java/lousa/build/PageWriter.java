package lousa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import lousa.deck.Deck;
import lousa.dialect.Tags;
import lousa.deck.DeckAssetUrls;
import lousa.deck.DeckPage;
import lousa.deck.DeckPageContext;
import lousa.labs.LabSupport;
import lousa.load.ContentInventory;
import lousa.load.LastChanges;
import lousa.render.MediaFiles;
import lousa.render.RenderedLesson;
import lousa.render.SitePaths;
import lousa.render.UiText;
import lousa.site.AssetFiles;
import lousa.site.AssetUrls;
import lousa.site.CourseOutline;
import lousa.site.LabPages;
import lousa.site.Lesson;
import lousa.site.MathAssets;
import lousa.site.OfflineMode;
import lousa.site.PageFactory;
import lousa.site.PageModel;
import lousa.site.SiteMeta;
import lousa.site.SitemapWriter;
import lousa.site.TagsPage;
import lousa.site.Theme;
import lousa.site.WebManifest;
import lousa.write.StagedSite;
import org.jsoup.nodes.Entities;

/**
 * Lays pages out with the theme and puts them in the staging folder: a lesson's page (and its presentation page
 * when it is a deck), the home, 404 and tags pages, the lab pages, the media, KaTeX when a page has math, and the
 * sitemap. One per run or update: it
 * holds what every page of that site shares. Thread-safe ({@link #lesson} runs in parallel).
 */
final class PageWriter {

    /** The most tags the home page lists; the tags page has them all. */
    private static final int HOME_TAGS = 24;

    private final Theme theme;
    private final CourseOutline outline;
    private final PageFactory pages;
    private final AssetUrls assets;
    private final DeckAssetUrls deckAssets;
    private final SiteMeta meta;
    /** Whether a page written so far has math: KaTeX is written only then. */
    private final AtomicBoolean math = new AtomicBoolean();

    /** @param changes when each lesson's file last changed: its page's date and its sitemap {@code <lastmod>} */
    PageWriter(Theme theme, CourseOutline outline, AssetUrls assets, DeckAssetUrls deckAssets, SiteMeta meta,
               LastChanges changes) {
        this.theme = theme;
        this.outline = outline;
        this.pages = new PageFactory(outline, changes, theme.text(outline.config().language()));
        this.assets = assets;
        this.deckAssets = deckAssets;
        this.meta = meta;
    }

    /** A lesson's page, and its presentation page beside it when the lesson is a deck. */
    void lesson(StagedSite site, Lesson lesson, RenderedLesson body, Deck deck) {
        try {
            PageModel page = pages.lesson(lesson, body);
            if (page.hasMath()) {
                math.set(true);
            }
            site.write(lesson.path(), theme.renderPage(page, assets, meta));
            if (deck != null) {
                String back = SitePaths.encode(lesson.path().substring(lesson.path().lastIndexOf('/') + 1));
                site.write(lesson.presentationPath(), DeckPage.render(deck, new DeckPageContext(
                        outline.config().title(), lesson.title(), outline.config().language(),
                        SitePaths.root(lesson.path()), back, deckAssets,
                        theme.metaTags(pages.presentation(lesson, body), assets, meta)),
                        theme.text(outline.config().language())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pages that list the course's lessons: the home (unless a lesson is the home page: {@code slug: /}), the 404
     * page and, when a lesson has a tag, the tags page. Returns the site paths of those a sitemap lists (not the 404
     * page, nor a lesson's).
     */
    List<String> coursePages(StagedSite site, LabSupport labs, UiText text) throws IOException {
        TagsPage tags = new TagsPage(outline);
        List<String> listed = new ArrayList<>();
        if (outline.homeLesson().isEmpty()) {
            site.write("index.html", theme.renderPage(pages.home(homeIntro(labs, tags, text)), assets, meta));
            listed.add("index.html");
        }
        site.write("404.html", theme.renderPage(pages.notFound(text.get("not_found_title"), ""), assets, meta));
        if (tags.present()) {
            site.write(Tags.PAGE, theme.renderPage(tags.page(text), assets, meta));
            listed.add(Tags.PAGE);
        }
        return listed;
    }

    /** KaTeX, when a page written so far has math ({@link MathAssets}). */
    void mathAssets(StagedSite site) throws IOException {
        if (math.get()) {
            MathAssets.write(AssetFiles.into(site));
        }
    }

    /** The lab pages: the Python → Java map and each lab's source. Returns their site paths. */
    List<String> labPages(StagedSite site, LabSupport labs) throws IOException {
        return new LabPages(outline, labs).write(site, theme, assets, meta);
    }

    /**
     * What a full build writes once every lesson's page is in: the pages that are not lessons, the media, the web
     * app manifest, the sitemap and, with the offline mode, the page its service worker shows for one not saved.
     * Returns the number of pages in the site.
     */
    int rest(StagedSite site, LabSupport labs, UiText text, ContentInventory inventory, Set<String> media,
             boolean offline) throws IOException {
        List<String> written = new ArrayList<>(coursePages(site, labs, text));
        List<String> unlisted = new ArrayList<>();
        Map<String, OffsetDateTime> lastChanged = new HashMap<>();
        WebManifest.write(site, theme, outline.config(), assets);
        if (offline) {
            site.write(OfflineMode.PAGE, theme.renderPage(pages.offline(text.get("offline_title")), assets, meta));
        }
        for (Lesson lesson : outline.lessons()) {
            List<String> into = lesson.listed() ? written : unlisted;
            into.add(lesson.path());
            pages.lastUpdated(lesson).ifPresent(date -> lastChanged.put(lesson.path(), date));
            if (lesson.parsed().isDeck()) {
                into.add(lesson.presentationPath());
            }
        }
        written.addAll(labPages(site, labs));
        mathAssets(site);
        for (String file : new TreeSet<>(media)) {
            site.copy(inventory.attachments().file(file), MediaFiles.sitePath(file));
        }
        site.write(".nojekyll", "");
        if (meta.hasBaseUrl()) {
            SitemapWriter.write(site, meta, written, lastChanged); // not the unlisted lessons: only links lead there
        }
        return written.size() + unlisted.size() + 1; // with 404.html
    }

    /** The home page points to the Python → Java map when the course has labs, to the tags page when it has tags. */
    private static String homeIntro(LabSupport labs, TagsPage tags, UiText text) {
        StringBuilder intro = new StringBuilder();
        if (labs.active()) {
            intro.append("<p>").append(Entities.escape(text.get("home_labs"))).append(" <a href=\"")
                    .append(LabSupport.CONSTRUCTS_PAGE).append("\">")
                    .append(Entities.escape(text.get("home_labs_link"))).append("</a> ")
                    .append(Entities.escape(text.get("home_labs_after"))).append("</p>");
        }
        if (tags.present()) {
            intro.append(tags.homeHtml(text, HOME_TAGS));
        }
        return intro.toString();
    }
}
