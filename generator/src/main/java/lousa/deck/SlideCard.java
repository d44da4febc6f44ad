package lousa.deck;

import lousa.render.HtmlSerializer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * What the lesson page's handout shows of a slide ({@link DeckHandout}): its first heading's text, and its content
 * with the headings two levels down. Made from the slide's cleaned tree, so the slide's HTML is not parsed again.
 *
 * @param title the first heading's text, or ""
 * @param html  the content with {@code h1} as {@code h3}, {@code h2} as {@code h4}, … (at most {@code h6})
 */
public record SlideCard(String title, String html) {

    private static final Evaluator HEADING = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    /** jsoup's parser drops the newline that opens these, so a second one would be lost by parsing again. */
    private static final Evaluator LEADING_NEWLINE_DROPPED = Selector.evaluatorOf("pre, listing, textarea");
    private static final Evaluator PLAINTEXT = Selector.evaluatorOf("plaintext");

    /**
     * The card of a slide. Its headings are renamed in place: serialise the slide first.
     *
     * @param cleaned the slide's content as {@link SlideHtml} left it (no pretty printing)
     * @param html    that content serialised and trimmed: the slide's HTML
     */
    static SlideCard of(Element cleaned, String html) {
        if (reparsesAlike(cleaned)) {
            SlideCard card = demoted(cleaned);
            // The slide's HTML is trimmed; parsing it again would have given a tree without the outer whitespace.
            return new SlideCard(card.title(), card.html().trim());
        }
        Document reparsed = Jsoup.parseBodyFragment(html);
        reparsed.outputSettings().prettyPrint(false);
        return demoted(reparsed.body());
    }

    private static SlideCard demoted(Element body) {
        Element firstHeading = body.selectFirst(HEADING);
        String title = firstHeading == null ? "" : firstHeading.text();
        for (Element heading : body.select(HEADING)) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + 2));
        }
        return new SlideCard(title, HtmlSerializer.innerHtml(body));
    }

    /**
     * Whether parsing the tree's HTML again gives the same tree, as it does for what jsoup parsed but for two cases
     * the cleaning can bring about (a removed comment or image uncovers a newline) or that never come back alike:
     * a newline opening a {@code <pre>}, and {@code <plaintext>}. For these the HTML is parsed again, as it was
     * before cards were made from the tree.
     */
    static boolean reparsesAlike(Element body) {
        if (body.selectFirst(PLAINTEXT) != null) {
            return false;
        }
        for (Element element : body.select(LEADING_NEWLINE_DROPPED)) {
            Node first = element.firstChild();
            while (first instanceof TextNode text && text.getWholeText().isEmpty()) {
                first = first.nextSibling();
            }
            if (first instanceof TextNode text && text.getWholeText().startsWith("\n")) {
                return false;
            }
        }
        return true;
    }
}
