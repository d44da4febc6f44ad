package lousa.render;

import org.jsoup.nodes.Element;

/**
 * The layout heads the page with an h1 of its own, so the h1 a body opens with (after any rules, since Obsidian
 * notes often open with a {@code ---} line) comes out of the body. As in Docusaurus, when it says something other
 * than the lesson's title (the front matter's {@code title}, for the sidebar and the browser tab), it is what heads
 * the page.
 */
public final class TitleHeadingPass {

    private TitleHeadingPass() {
    }

    /**
     * Takes {@code body}'s leading h1 out of it; returns its text when it differs from {@code title} (the page's
     * heading), else null.
     */
    static String takeLeadingHeading(Element body, String title) {
        Element first = leadingH1(body);
        if (first == null) {
            return null;
        }
        first.remove();
        String text = first.text().strip();
        return text.isEmpty() || text.equals(title.strip()) ? null : text;
    }

    /** Removes {@code body}'s leading h1 when it says {@code title} (an embedded note's). */
    static void dropTitle(Element body, String title) {
        Element first = leadingH1(body);
        if (first != null && first.text().strip().equals(title.strip())) {
            first.remove();
        }
    }

    private static Element leadingH1(Element body) {
        Element first = body.firstElementChild();
        while (first != null && first.tagName().equals("hr")) {
            first = first.nextElementSibling();
        }
        return first != null && first.tagName().equals("h1") ? first : null;
    }
}
