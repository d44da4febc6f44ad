package lousa.render;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** Wraps tables so a wide one scrolls inside the page instead of widening it on a phone. */
public final class TableWrapPass implements HtmlPass {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator TABLE = Selector.evaluatorOf("table");

    @Override
    public void apply(Element body, Lesson lesson) {
        for (Element table : body.select(TABLE)) {
            if (!table.parent().hasClass("table-wrap")) {
                table.wrap("<div class=\"table-wrap\" tabindex=\"0\"></div>");
            }
        }
    }
}
