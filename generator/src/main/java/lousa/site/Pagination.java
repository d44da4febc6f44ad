package lousa.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lousa.dialect.FrontMatter;
import lousa.load.Titles;

/**
 * Docusaurus's {@code pagination_prev} / {@code pagination_next}: a lesson may send its prev/next link to another
 * lesson than its neighbour in reading order, or to none ({@code null}). The target is a Docusaurus doc id: the lesson's
 * file path without its extension, from {@code content/} ({@code 01-mod/2-filas}) or, as Docusaurus numbers it, without
 * the number prefixes ({@code mod/filas}), with the front matter's {@code id} in place of the file name when it has one;
 * the lesson's site key ({@code backend/filas}) works too.
 */
public final class Pagination {

    public static final String PREV = "pagination_prev";
    public static final String NEXT = "pagination_next";

    private final Map<String, Lesson> byId = new HashMap<>();

    public Pagination(CourseOutline outline) {
        for (Lesson lesson : outline.lessons()) {
            String file = lesson.parsed().source().relative();
            String id = Titles.stripExtensionOf(file);
            Optional<String> named = lesson.parsed().frontMatter().id();
            if (named.isPresent()) { // Docusaurus's id: the front matter's name in place of the file's
                id = id.substring(0, id.lastIndexOf('/') + 1) + named.get();
            }
            byId.putIfAbsent(id, lesson);
            byId.putIfAbsent(id.replaceAll("(^|/)\\d+[-_. ]", "$1"), lesson);
        }
        for (Lesson lesson : outline.lessons()) {
            byId.putIfAbsent(lesson.key(), lesson);
        }
    }

    /** The lesson a target names; empty for {@code null} (written as "") or a target no lesson has. */
    public Optional<Lesson> find(Lesson from, String target) {
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String id = target.startsWith("/") ? target.substring(1) : target;
        Lesson found = byId.get(id);
        if (found == null) { // relative to the lesson's folder, as a Docusaurus id may be written
            String relative = from.parsed().source().relative();
            int slash = relative.lastIndexOf('/');
            found = slash < 0 ? null : byId.get(relative.substring(0, slash + 1) + id);
        }
        return Optional.ofNullable(found);
    }

    /** Whether any lesson chooses its prev/next by name: a renamed lesson may then show far from its neighbours. */
    public static boolean chosenAnywhere(CourseOutline outline) {
        return outline.lessons().stream().anyMatch(Pagination::choosesByName);
    }

    /** Whether the lesson names the lesson its prev or next link goes to (not only null). */
    static boolean choosesByName(Lesson lesson) {
        FrontMatter front = lesson.parsed().frontMatter();
        return !front.pagination(PREV).orElse("").isEmpty() || !front.pagination(NEXT).orElse("").isEmpty();
    }
}
