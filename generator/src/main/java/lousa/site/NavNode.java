package lousa.site;

import java.util.List;

/**
 * One entry of the sidebar: a module/part/chapter (href null, children non-empty) or a lesson.
 *
 * @param current this entry is the page being rendered
 * @param open    this entry contains the page being rendered (expand it)
 * @param deck    this lesson is a slide deck
 */
public record NavNode(String title, String href, boolean current, boolean open, boolean deck, List<NavNode> children) {

    public boolean isSection() {
        return href == null;
    }
}
