package lousa.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** The one-line description of a page for {@code <meta name="description">} and link previews. */
public final class Descriptions {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator PARAGRAPH = Selector.evaluatorOf("p");
    /** Where a paragraph says nothing of the page: a caption, a title, a lab's or a deck's controls. */
    private static final Evaluator ASIDE = Selector.evaluatorOf("figure, .deck-handout-intro, .slide-card-actions,"
            + " .admonition-title, .callout-title, .lab-meta__file, .lab-meta__run, .lab-tabs, nav, .lab-constructs");

    private static final Evaluator CITATION = Selector.evaluatorOf("sup[id^=fnref-]");

    /** Search engines show about this many characters. */
    public static final int MAX = 160;

    private Descriptions() {
    }

    /**
     * The text of the first paragraph of a rendered body that says something (not inside a figure, an
     * admonition's title, a code tab or a deck's "Apresentar" line), shortened at a word to {@link #MAX}
     * characters with an ellipsis; "" when there is none.
     */
    public static String firstParagraph(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return firstParagraph(Jsoup.parseBodyFragment(html).body());
    }

    /** {@link #firstParagraph(String)} of a body already parsed. */
    public static String firstParagraph(Element body) {
        // Lazily, in document order: the first paragraph usually says something, and the rest go unread.
        return body.selectStream(PARAGRAPH)
                .filter(p -> p.closest(ASIDE) == null)
                .map(Descriptions::prose)
                .filter(text -> text.length() >= 20 && !text.startsWith("http://") && !text.startsWith("https://"))
                .findFirst()
                .map(Descriptions::shorten)
                .orElse("");
    }

    /** A paragraph's text without its footnote citations, whose numbers would stick to the words ("nota1"). */
    private static String prose(Element paragraph) {
        if (paragraph.selectFirst(CITATION) == null) {
            return paragraph.text().strip();
        }
        Element copy = paragraph.clone();
        copy.select(CITATION).remove();
        return copy.text().strip();
    }

    /**
     * Collapses whitespace and cuts at a word boundary to at most {@link #MAX} characters, without the punctuation
     * the cut leaves at the end. Loops, not regexes: every page asks it, and the end anchor of {@code [,;:.]+$} made
     * the regex try every position of the text.
     */
    public static String shorten(String text) {
        String clean = collapseWhiteSpace(text).strip();
        if (clean.length() <= MAX) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', MAX - 1);
        int end = cut > MAX / 2 ? cut : MAX - 1;
        while (end > 0 && isTrailingPunctuation(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }

    /** Runs of regex {@code \s} (space, tab, the line ends, form and vertical tab) to one space. */
    private static String collapseWhiteSpace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
                while (i + 1 < text.length() && isSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTrailingPunctuation(char c) {
        return isSpace(c) || c == ',' || c == ';' || c == ':' || c == '.' || c == '—' || c == '–' || c == '-';
    }
}
