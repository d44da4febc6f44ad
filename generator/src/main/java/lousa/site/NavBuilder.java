package lousa.site;

import java.util.ArrayList;
import java.util.List;
import lousa.render.SitePaths;

/**
 * The sidebar tree as seen from one page. Only the sections on the current lesson's path are listed; every
 * other section is reduced to one link to its first lesson, so a page carries O(depth × breadth) entries instead
 * of the whole course (which made a 10 000-lesson site O(lessons²) bytes). The home page gets the whole tree.
 * An unlisted lesson is in neither.
 */
public final class NavBuilder {

    private final CourseOutline outline;

    public NavBuilder(CourseOutline outline) {
        this.outline = outline;
    }

    /**
     * @param current the lesson being rendered; null for a page outside the course tree (lab pages, 404), which
     *                gets the top-level sections open and the sections inside them closed
     */
    public List<NavNode> sidebar(Lesson current) {
        return nodes(outline.entries(), current, true);
    }

    /** Every section open, every lesson listed: the course map of the home page. */
    public List<NavNode> tree() {
        return full(outline.entries());
    }

    private List<NavNode> nodes(List<OutlineEntry> entries, Lesson current, boolean top) {
        List<NavNode> out = new ArrayList<>(entries.size());
        for (OutlineEntry entry : entries) {
            if (entry instanceof Lesson lesson) {
                if (!lesson.listed()) {
                    continue;
                }
                boolean isCurrent = lesson == current;
                out.add(new NavNode(lesson.navTitle(), SitePaths.encode(lesson.path()), isCurrent, isCurrent,
                        lesson.parsed().isDeck(), List.of()));
            } else if (entry instanceof Section section) {
                if (current == null ? top : contains(section, current)) {
                    List<NavNode> children = nodes(section.children(), current, false);
                    if (!children.isEmpty()) { // a section of unlisted lessons only is not listed either
                        out.add(new NavNode(section.title(), null, false, true, false, children));
                    }
                } else {
                    Lesson first = firstLesson(section);
                    if (first != null) {
                        out.add(new NavNode(section.title(), SitePaths.encode(first.path()), false, false, false,
                                List.of(), true));
                    }
                }
            }
        }
        return out;
    }

    private static List<NavNode> full(List<OutlineEntry> entries) {
        List<NavNode> out = new ArrayList<>(entries.size());
        for (OutlineEntry entry : entries) {
            if (entry instanceof Lesson lesson) {
                if (!lesson.listed()) {
                    continue;
                }
                out.add(new NavNode(lesson.navTitle(), SitePaths.encode(lesson.path()), false, false,
                        lesson.parsed().isDeck(), List.of()));
            } else if (entry instanceof Section section) {
                List<NavNode> children = full(section.children());
                if (!children.isEmpty()) {
                    out.add(new NavNode(section.title(), null, false, true, false, children));
                }
            }
        }
        return out;
    }

    /** Whether the lesson is in this section: its folder is the section's folder or below it. */
    private static boolean contains(Section section, Lesson lesson) {
        String source = lesson.parsed().source().relative();
        return section.dir().isEmpty() || source.startsWith(section.dir() + "/");
    }

    private static Lesson firstLesson(Section section) {
        for (OutlineEntry entry : section.children()) {
            if (entry instanceof Lesson lesson && lesson.listed()) {
                return lesson;
            }
            if (entry instanceof Section inner) {
                Lesson first = firstLesson(inner);
                if (first != null) {
                    return first;
                }
            }
        }
        return null;
    }
}
