package lousa.site;

import java.util.List;

/**
 * One entry of the sidebar: a module/part/chapter shown open (href null, children non-empty), a module shown
 * closed ({@code collapsed}: a link to its first lesson, no children), or a lesson.
 *
 * @param current   this entry is the page being rendered
 * @param open      this entry contains the page being rendered (expand it)
 * @param deck      this lesson is a slide deck
 * @param collapsed this is a section outside the current lesson's path, reduced to a link to its first lesson
 */
public record NavNode(String title, String href, boolean current, boolean open, boolean deck, List<NavNode> children,
                      boolean collapsed) {

    public NavNode(String title, String href, boolean current, boolean open, boolean deck, List<NavNode> children) {
        this(title, href, current, open, deck, children, false);
    }

    /** A section whose entries are listed (open or not). */
    public boolean isSection() {
        return href == null;
    }

    public boolean isLesson() {
        return href != null && !collapsed;
    }
}
