package lousa.render;

import org.jsoup.nodes.Element;

/** Adds a "#" link to each h2–h4 so readers can copy a link to the section. */
public final class HeadingAnchorPass implements HtmlPass {

    private final String label;

    public HeadingAnchorPass(String label) {
        this.label = label;
    }

    @Override
    public void apply(Element body, Lesson lesson) {
        for (Element heading : body.select("h2[id]:not(.slide-card-heading), h3[id], h4[id]")) {
            heading.appendElement("a")
                    .addClass("heading-anchor")
                    .attr("href", "#" + heading.id())
                    .attr("aria-label", label + ": " + heading.text())
                    .text("#");
        }
    }
}
