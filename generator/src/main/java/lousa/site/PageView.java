package lousa.site;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lousa.write.Json;

/**
 * What the layout template sees: the page model plus the UI strings, the asset URLs and a few values derived
 * from the model, so the template needs no logic beyond sections. Accessors are read by jmustache by name.
 *
 * @param page      the page being rendered
 * @param t         UI strings of the page's language ({@code {{t.toc_title}}})
 * @param root      prefix for every site-relative URL; on the 404 page, "" (the script fixes links up)
 * @param assets    asset URLs, already prefixed with {@code root}
 * @param inlineCss on the 404 page, the theme stylesheet to inline (it may be served at any depth); else null
 * @param meta      base URL and site-wide values for canonical and OpenGraph/Twitter meta
 */
record PageView(PageModel page, Map<String, String> t, String root, AssetUrls assets, String inlineCss,
                SiteMeta meta) {

    /**
     * Canonical link and OpenGraph/Twitter card values, or null when the base URL is unknown (then the page has
     * no absolute URL at all) and on the 404 page (served at any address, never indexed).
     */
    public Social social() {
        if (meta == null || !meta.hasBaseUrl() || isNotFound()) {
            return null;
        }
        return new Social(meta.absolute(page.path()), isArticle() ? "article" : "website", meta.siteName(),
                meta.locale(), documentTitle(), page.description(), meta.imageUrl(page.path()),
                meta.drawnImage(page.path()));
    }

    /** What {@code partials/meta.html} writes when the base URL is known. */
    public record Social(String url, String type, String siteName, String locale, String title, String description,
                         String image, boolean drawn) {
    }

    public boolean isHome() {
        return page.kind() == PageModel.PageKind.HOME;
    }

    public boolean isDeck() {
        return page.kind() == PageModel.PageKind.DECK;
    }

    /** The 404 page, and the offline page laid out as it is ({@link PageModel.PageKind#answersAnyAddress}). */
    public boolean isNotFound() {
        return page.kind().answersAnyAddress();
    }

    public boolean isOffline() {
        return page.kind() == PageModel.PageKind.OFFLINE;
    }

    /** Lesson and deck pages have the sidebar, the TOC and prev/next; home and 404 do not. */
    public boolean isArticle() {
        return page.kind() == PageModel.PageKind.LESSON || isDeck();
    }

    public boolean hasToc() {
        return isArticle() && page.toc() != null && !page.toc().isEmpty();
    }

    /** Whether the footer offers to save the course for offline reading (not with {@code offline: false}). */
    public boolean hasOffline() {
        return !isNotFound() && !assets.offlineJs().isEmpty();
    }

    public boolean hasTags() {
        return isArticle() && page.tags() != null && !page.tags().isEmpty();
    }

    /** The line under a lesson: its "edit this page" link, when it last changed. */
    public boolean hasPageMeta() {
        return isArticle() && (page.editHref() != null || page.lastUpdated() != null);
    }

    /** When the lesson last changed, for its footer and its OpenGraph meta; null when no date is known. */
    public Updated updated() {
        return isArticle() && page.lastUpdated() != null
                ? Updated.of(page.lastUpdated(), page.lastUpdatedBy(), page.lang()) : null;
    }

    /**
     * A lesson's last change as the page writes it.
     *
     * @param iso  the commit's date and time with its offset, for {@code <time datetime>} and
     *             {@code article:modified_time}
     * @param text the day in the course's language, as its readers write a date ("21 de novembro de 2026")
     * @param by   who made the change, or null when the course does not show it
     */
    public record Updated(String iso, String text, String by) {

        static Updated of(OffsetDateTime when, String by, String lang) {
            Locale locale = Locale.forLanguageTag(lang == null || lang.isBlank() ? "pt-BR" : lang);
            return new Updated(when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    when.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)), by);
        }
    }

    public boolean hasPager() {
        return isArticle() && (page.prev() != null || page.next() != null);
    }

    /** The top-level sidebar sections, shown as module cards on the home page. */
    public List<NavNode> modules() {
        return page.sidebar() == null ? List.of() : page.sidebar();
    }

    /** Where "Começar o curso" goes: the page's next link, else the first lesson of the sidebar; or null. */
    public Link start() {
        if (page.next() != null) {
            return page.next();
        }
        return firstLesson(modules());
    }

    private static Link firstLesson(List<NavNode> nodes) {
        for (NavNode node : nodes) {
            if (!node.isSection()) {
                return new Link(node.title(), node.href());
            }
            Link inside = node.children() == null ? null : firstLesson(node.children());
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    /** The title for {@code <title>}: "Lesson · Course", or just the course on the home page. */
    public String documentTitle() {
        if (isHome() || page.title() == null || page.title().isBlank()
                || page.title().equals(page.courseTitle())) {
            return page.courseTitle();
        }
        return page.title() + " · " + page.courseTitle();
    }

    public boolean hasDescription() {
        return page.description() != null && !page.description().isBlank();
    }

    public boolean hasContent() {
        return page.contentHtml() != null && !page.contentHtml().isBlank();
    }

    /** The search dialog's strings ({@code search_*} keys) as JSON, for {@code <body data-search-strings>}. */
    String searchStrings() {
        StringBuilder json = new StringBuilder("{");
        t.forEach((key, value) -> {
            if (key.startsWith("search_")) {
                if (json.length() > 1) {
                    json.append(',');
                }
                Json.string(json, key.substring(7));
                json.append(':');
                Json.string(json, value);
            }
        });
        return json.append('}').toString();
    }
}
