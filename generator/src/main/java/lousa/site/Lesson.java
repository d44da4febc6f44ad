package lousa.site;

import java.util.List;
import lousa.dialect.FrontMatter;
import lousa.parse.ParsedLesson;

/**
 * A lesson placed in the course: where it is published and under which sections.
 *
 * @param key      site path without ".html" ("backend/sincrono-assincrono"); labs refer to lessons by it
 * @param sections titles of the enclosing sections, outermost first
 */
public record Lesson(ParsedLesson parsed, String key, String title, List<String> sections) implements OutlineEntry {

    /** The name the sidebar and the prev/next links give the lesson: its {@code sidebar_label}, else its title. */
    public String navTitle() {
        return parsed.frontMatter().sidebarLabel().orElse(title);
    }

    /** The name its neighbours' prev/next links give the lesson: {@code pagination_label}, else {@link #navTitle}. */
    public String pagerTitle() {
        return parsed.frontMatter().paginationLabel().orElseGet(this::navTitle);
    }

    /** Whether the site's lists show the lesson: not when it is {@code unlisted} ({@link FrontMatter#unlisted}). */
    public boolean listed() {
        return !parsed.frontMatter().unlisted();
    }

    /** Site-relative path of the lesson page. */
    public String path() {
        return key + ".html";
    }

    /** Site-relative path of a deck's presentation page. */
    public String presentationPath() {
        return key + ".slides.html";
    }

    public String displayPath() {
        return parsed.source().displayPath();
    }
}
