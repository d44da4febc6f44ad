package lousa.site;

import java.util.ArrayList;
import java.util.List;

/** The sidebar tree as seen from one page: the current lesson marked, its sections open. */
public final class NavBuilder {

    private final CourseOutline outline;

    public NavBuilder(CourseOutline outline) {
        this.outline = outline;
    }

    /** @param current the lesson being rendered, or null for the home and 404 pages */
    public List<NavNode> sidebar(Lesson current) {
        return nodes(outline.entries(), current);
    }

    private List<NavNode> nodes(List<OutlineEntry> entries, Lesson current) {
        List<NavNode> out = new ArrayList<>(entries.size());
        for (OutlineEntry entry : entries) {
            if (entry instanceof Lesson lesson) {
                boolean isCurrent = lesson.equals(current);
                out.add(new NavNode(lesson.title(), lesson.path(), isCurrent, isCurrent, lesson.parsed().isDeck(),
                        List.of()));
            } else if (entry instanceof Section section) {
                List<NavNode> children = nodes(section.children(), current);
                boolean open = current == null || children.stream().anyMatch(NavNode::open);
                out.add(new NavNode(section.title(), null, false, open, false, children));
            }
        }
        return out;
    }
}
