package lousa.render;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** Adds a "#" link to each h2–h4 so readers can copy a link to the section. */
public final class HeadingAnchorPass implements HtmlPass {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator HEADINGS = Selector.evaluatorOf("h2[id]:not(.slide-card-heading), h3[id], h4[id]");

    private final String label;

    public HeadingAnchorPass(String label) {
        this.label = label;
    }

    @Override
    public void apply(Element body, Lesson lesson) {
        for (Element heading : body.select(HEADINGS)) {
            heading.appendElement("a")
                    .addClass("heading-anchor")
                    .attr("href", "#" + heading.id())
                    .attr("aria-label", label + ": " + heading.text())
                    .text("#");
        }
    }
}
