package lousa.render;

import org.jsoup.nodes.Element;

/** Wraps tables so a wide one scrolls inside the page instead of widening it on a phone. */
public final class TableWrapPass implements HtmlPass {

    @Override
    public void apply(Element body, Lesson lesson) {
        for (Element table : body.select("table")) {
            if (!table.parent().hasClass("table-wrap")) {
                table.wrap("<div class=\"table-wrap\" tabindex=\"0\"></div>");
            }
        }
    }
}
