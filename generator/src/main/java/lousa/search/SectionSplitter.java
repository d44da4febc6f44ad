package lousa.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Splits a rendered lesson body into {@link SearchSection}s: at every {@code h2[id]} and {@code h3[id]}, or,
 * for a deck handout, one section per {@code section.slide-card[id]} card (titled by its heading,
 * "Slide 3 · Título"). Text before the first heading is the page's top section, titled with the lesson title.
 * Chrome that is not content (heading "#" links, a card's "present from here" link, the "Python | Java" tabs of a
 * lab, Mermaid sources, scripts, footnote numbers, which would stick to the word they follow, and back links) is
 * left out.
 */
public final class SectionSplitter {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator CARDS = Selector.evaluatorOf("section.slide-card[id]");
    private static final Evaluator CARD_HEADING = Selector.evaluatorOf("h2, h3");
    /**
     * The chrome, for {@code select}: {@code .heading-anchor, script, style, template, svg, .mermaid,
     * .deck-handout-intro, .slide-card-actions, .slide-card-notes-heading, [role=tablist], sup[id^=fnref-],
     * .footnote-backref}, tested by {@link #isChrome}, its one definition.
     */
    private static final Evaluator NOT_CONTENT = new Evaluator() {
        @Override
        public boolean matches(Element root, Element element) {
            return isChrome(element);
        }
    };

    public List<SearchSection> split(String lessonTitle, String html) {
        return split(lessonTitle, Jsoup.parseBodyFragment(html).body());
    }

    /**
     * Splits a body already parsed; it is changed (the chrome of headings and of deck handouts is removed), so pass
     * one nothing else will read.
     */
    public List<SearchSection> split(String lessonTitle, Element body) {
        Elements cards = body.select(CARDS);
        if (cards.isEmpty()) {
            return byHeadings(lessonTitle, body); // skips the chrome as it walks: no second pass to remove it
        }
        body.select(NOT_CONTENT).remove();
        return bySlides(lessonTitle, body, cards);
    }

    /**
     * Whether an element is chrome ({@link #NOT_CONTENT} lists it as a selector), tested by hand: the walk of every
     * lesson asks it of every element, where a selector's twelve alternatives would cost a tree walk of their own.
     */
    static boolean isChrome(Element element) {
        switch (element.normalName()) {
            case "script", "style", "template", "svg" -> {
                return true;
            }
            case "sup" -> {
                if (startsWithIgnoreCase(element.id(), "fnref-")) {
                    return true;
                }
            }
            default -> {
            }
        }
        if (element.hasAttr("role") && element.attr("role").equalsIgnoreCase("tablist")) {
            return true;
        }
        if (!element.hasAttr("class")) {
            return false;
        }
        for (String chrome : CHROME_CLASSES) {
            if (element.hasClass(chrome)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] CHROME_CLASSES = {"heading-anchor", "mermaid", "deck-handout-intro",
            "slide-card-actions", "slide-card-notes-heading", "footnote-backref",
            "note-embed-block"}; // another lesson's text: found in that lesson

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static List<SearchSection> bySlides(String lessonTitle, Element body, Elements cards) {
        List<SearchSection> sections = new ArrayList<>();
        cards.remove();
        sections.add(new SearchSection("", lessonTitle, collapse(body.text())));
        for (Element card : cards) {
            Element heading = card.selectFirst(CARD_HEADING);
            String title = heading == null ? card.id() : collapse(heading.text());
            if (heading != null) {
                heading.remove();
            }
            sections.add(new SearchSection(card.id(), title, collapse(card.text())));
        }
        return sections;
    }

    private static List<SearchSection> byHeadings(String lessonTitle, Element body) {
        List<SearchSection> sections = new ArrayList<>();
        String[] current = {"", lessonTitle};
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element) {
                    if (isChrome(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.nameIs("h2") || element.nameIs("h3")) {
                        if (!element.id().isEmpty()) {
                            sections.add(new SearchSection(current[0], current[1], collapse(text)));
                            text.setLength(0);
                            current[0] = element.id();
                            current[1] = collapse(textWithoutChrome(element));
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                    if (element.isBlock() || element.nameIs("br")) {
                        text.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        sections.add(new SearchSection(current[0], current[1], collapse(text)));
        return sections;
    }

    /** The heading's text without its chrome (its "#" link, a footnote number), which is removed from it. */
    private static String textWithoutChrome(Element heading) {
        heading.select(NOT_CONTENT).remove();
        return heading.text();
    }

    /** Runs of Unicode white space ({@code (?U)\\s+}) to one space, then stripped; a loop, not a regex. */
    static String collapse(CharSequence text) {
        // Over a char[]: the build calls this on every section's text, and a CharSequence costs a call per char.
        char[] chars = new char[text.length()];
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, chars.length, chars, 0);
        } else {
            text.toString().getChars(0, chars.length, chars, 0);
        }
        int out = 0;
        boolean space = false;
        for (char c : chars) {
            if (isWhiteSpace(c)) {
                space = out > 0; // leading space is dropped
            } else {
                if (space) {
                    chars[out++] = ' ';
                    space = false;
                }
                chars[out++] = c;
            }
        }
        return new String(chars, 0, out); // trailing space was never written
    }

    /** Unicode's White_Space property, which {@code (?U)\\s} matches (all of it is in the BMP). */
    private static boolean isWhiteSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
