package lousa.build;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import lousa.diag.Diagnostics;
import lousa.load.ContentInventory;
import lousa.parse.ParsedLesson;
import lousa.render.LinkContext;
import lousa.site.CourseOutline;
import lousa.site.CoursePlanner;
import lousa.site.Lesson;
import lousa.site.Section;

/**
 * What saving lessons reaches in a served site, for {@link Build#update}: whether a save keeps every lesson in its
 * place (else the whole build runs), which link lookups find something else afterwards, and which pages show a
 * renamed lesson. Pure functions of the outline and the lessons, before and after.
 */
final class UpdateScope {

    private UpdateScope() {
    }

    /**
     * A path that came and went between two looks: gone now, and neither a lesson nor an attachment of the site,
     * nor a folder that held one (a removed file the site used needs the whole build).
     */
    static boolean cameAndWent(Path path, CourseOutline outline, ContentInventory inventory) {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path gone = path.toAbsolutePath().normalize();
        return outline.lessons().stream()
                        .noneMatch(l -> l.parsed().source().path().toAbsolutePath().normalize().startsWith(gone))
                && inventory.attachments().all().values().stream()
                        .noneMatch(file -> file.toAbsolutePath().normalize().startsWith(gone));
    }

    /**
     * True when a lesson parsed again keeps its front matter but for the title: its slug, position, deck,
     * description and directives, its tags (the tags page lists them) and the languages of its code blocks (the
     * site's highlighting has only those). Its title and headings may change; an update follows those.
     */
    static boolean sameShape(ParsedLesson before, ParsedLesson now) {
        Map<String, Object> a = new HashMap<>(before.frontMatter().values());
        Map<String, Object> b = new HashMap<>(now.frontMatter().values());
        a.remove("title");
        b.remove("title");
        return a.equals(b) && before.frontMatter().line() == now.frontMatter().line()
                && before.tags().equals(now.tags()) && before.codeLanguages().equals(now.codeLanguages());
    }

    /** The heading ids a saved lesson gained or lost, as {@link LinkContext#anchor} lookups. */
    static Set<String> changedAnchors(String key, ParsedLesson before, ParsedLesson now) {
        Set<String> a = new HashSet<>(before.anchors());
        Set<String> b = new HashSet<>(now.anchors());
        Set<String> changed = new HashSet<>();
        a.stream().filter(id -> !b.contains(id)).forEach(id -> changed.add(LinkContext.anchor(key, id)));
        b.stream().filter(id -> !a.contains(id)).forEach(id -> changed.add(LinkContext.anchor(key, id)));
        return changed;
    }

    /**
     * The course planned again with the saved lessons' new parse; null when that moves any lesson (a new title
     * can reorder lessons that have no position) or changes a URL or a section, which needs the whole build.
     */
    static CourseOutline replan(CourseOutline outline, Map<String, ParsedLesson> reparsed) {
        if (outline.lessons().stream().filter(lesson -> reparsed.containsKey(lesson.key()))
                .allMatch(lesson -> sameTitle(lesson.parsed(), reparsed.get(lesson.key())))) {
            // Planning reads the title, the front matter (the same but the title: sameShape) and the path: all as
            // they were, so it would place every lesson where it is (a served outline planned without errors).
            return outline.withParsed(reparsed);
        }
        List<ParsedLesson> parsed = outline.lessons().stream()
                .map(lesson -> reparsed.getOrDefault(lesson.key(), lesson.parsed())).toList();
        Diagnostics planning = new Diagnostics();
        CourseOutline planned = new CoursePlanner().plan(outline.config(), parsed, planning);
        if (!planning.sorted().isEmpty() || planned.lessons().size() != outline.lessons().size()) {
            return null;
        }
        for (int i = 0; i < planned.lessons().size(); i++) {
            Lesson now = planned.lessons().get(i);
            Lesson before = outline.lessons().get(i);
            if (!now.key().equals(before.key()) || !now.sections().equals(before.sections())
                    || !now.parsed().source().path().equals(before.parsed().source().path())) {
                return null;
            }
        }
        return planned;
    }

    /** The positions of the lessons whose title is not the one they had in {@code before}. */
    static Set<Integer> renamed(CourseOutline before, CourseOutline now) {
        Set<Integer> renamed = new TreeSet<>();
        for (int i = 0; i < now.lessons().size(); i++) {
            if (!now.lessons().get(i).title().equals(before.lessons().get(i).title())) {
                renamed.add(i);
            }
        }
        return renamed;
    }

    /**
     * The positions of the lessons whose first paragraph starts otherwise than in {@code before}: the cards of
     * {@code <DocCardList />} on their folder's pages show it ({@link lousa.site.DocCards}).
     */
    static Set<Integer> reworded(CourseOutline before, CourseOutline now) {
        Set<Integer> reworded = new TreeSet<>();
        for (int i = 0; i < now.lessons().size(); i++) {
            if (!now.lessons().get(i).parsed().lead().equals(before.lessons().get(i).parsed().lead())) {
                reworded.add(i);
            }
        }
        return reworded;
    }

    /** Whether the lesson's title comes out the same: the front matter's, else the first h1's (else the file's). */
    private static boolean sameTitle(ParsedLesson before, ParsedLesson now) {
        return before.frontMatter().title().equals(now.frontMatter().title())
                && Objects.equals(before.firstHeading(), now.firstHeading());
    }

    /** The wiki link names that find another lesson, or none, than before. */
    static Set<String> changedNames(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new HashSet<>();
        before.forEach((name, key) -> {
            if (!key.equals(now.get(name))) {
                changed.add(name);
            }
        });
        now.forEach((name, key) -> {
            if (!key.equals(before.get(name))) {
                changed.add(name);
            }
        });
        return changed;
    }

    /**
     * The lessons whose page shows lesson {@code at} in its navigation: those of its section, with every section
     * inside it (the sidebar opens the sections on the current lesson's path; see {@code NavBuilder}), every lesson
     * when it sits at the top of the course, and its neighbours in reading order (prev/next): the nearest listed
     * lesson each way, and the unlisted ones between, whose prev/next are those listed ones.
     */
    static Set<Integer> showing(CourseOutline outline, int at) {
        Lesson lesson = outline.lessons().get(at);
        Section parent = outline.sectionOf(lesson);
        Set<Integer> out = new TreeSet<>();
        List<Lesson> lessons = outline.lessons();
        for (int i = 0; i < lessons.size(); i++) {
            String source = lessons.get(i).parsed().source().relative();
            if (parent == null || parent.dir().isEmpty() || source.startsWith(parent.dir() + "/")) {
                out.add(i);
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            out.add(i);
            if (lessons.get(i).listed()) {
                break;
            }
        }
        for (int i = at + 1; i < lessons.size(); i++) {
            out.add(i);
            if (lessons.get(i).listed()) {
                break;
            }
        }
        return out;
    }
}
