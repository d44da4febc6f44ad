package lousa.deck;

import lousa.render.HtmlSerializer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.List;

/**
 * What the lesson page's handout shows of a slide ({@link DeckHandout}): its first heading's text, and its content
 * with the headings moved under the card's {@code h2}. Made from the slide's cleaned tree, so the slide's HTML is
 * not parsed again.
 *
 * @param title the first heading's text, or ""
 * @param html  the content with the slide's top heading level as {@code h3}, the next as {@code h4}, … (at most
 *              {@code h6}): a slide of {@code ##} titles reads like one of {@code #} titles
 */
public record SlideCard(String title, String html) {

    private static final Evaluator HEADING = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    /** Where the tree may not parse back alike ({@link #reparsesAlike}). */
    private static final Evaluator REPARSED_OTHERWISE = Selector.evaluatorOf("pre, listing, textarea, plaintext");

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
        List<Element> headings = body.select(HEADING);
        String title = headings.isEmpty() ? "" : headings.get(0).text();
        int top = 6;
        for (Element heading : headings) {
            top = Math.min(top, heading.tagName().charAt(1) - '0');
        }
        // The card's own heading is an h2: the slide's top level goes under it, and no level is skipped.
        for (Element heading : headings) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level - top + 3));
        }
        return new SlideCard(title, HtmlSerializer.innerHtml(body));
    }

    /**
     * Whether parsing the tree's HTML again gives this same tree. It does for a tree jsoup parsed, except where a
     * newline opens a {@code <pre>}, {@code <listing>} or {@code <textarea>} (the parser drops such a newline, and the
     * cleaning may uncover one by removing a comment or an image) and for {@code <plaintext>}. There the HTML is
     * parsed again, as the handout always did.
     */
    static boolean reparsesAlike(Element body) {
        for (Element element : body.select(REPARSED_OTHERWISE)) {
            if (element.nameIs("plaintext")) {
                return false;
            }
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
