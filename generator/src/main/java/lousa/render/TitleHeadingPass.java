package lousa.render;

import org.jsoup.nodes.Element;

/**
 * The layout shows the lesson title as the page's h1: drop a leading h1 that repeats it (after any rules, since
 * Obsidian notes often open with a {@code ---} line).
 */
public final class TitleHeadingPass implements HtmlPass {

    @Override
    public void apply(Element body, Lesson lesson) {
        dropTitle(body, lesson.title());
    }

    /** Removes {@code body}'s leading h1 when it says {@code title}. */
    static void dropTitle(Element body, String title) {
        Element first = body.firstElementChild();
        while (first != null && first.tagName().equals("hr")) {
            first = first.nextElementSibling();
        }
        if (first != null && first.tagName().equals("h1") && first.text().strip().equals(title.strip())) {
            first.remove();
        }
    }
}
