package lousa.deck;

import lousa.dialect.marp.FragmentedListExtension;
import lousa.render.HtmlSerializer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One jsoup pass over a slide's rendered HTML: takes out {@code ![bg]} images (they become {@link Backgrounds}),
 * sizes the other images from their keywords, turns Mermaid fences into {@code <div class="mermaid">}, points footnote
 * references at the slide's own list when their note is listed on another slide too, marks fitting headers
 * ({@code # <!-- fit --> Título}), numbers the fragments (the items of Marp's fragmented lists) in order, and removes
 * comments, scripts and {@code <style>} blocks (the styles are returned for the deck's CSS). The handout's card is
 * made from the same tree, the one parse of the slide.
 */
final class SlideHtml {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator SCRIPT = Selector.evaluatorOf("script");
    private static final Evaluator STYLE = Selector.evaluatorOf("style");
    private static final Evaluator MERMAID = Selector.evaluatorOf("pre > code.language-mermaid, pre.mermaid");
    private static final Evaluator IMAGE_WITH_ALT = Selector.evaluatorOf("img[alt]");
    private static final Evaluator MEDIA = Selector.evaluatorOf(
            "img, svg, video, audio, iframe, canvas, object, embed, picture, table, hr");
    private static final Evaluator CELL_OR_ITEM = Selector.evaluatorOf("td, th, li");
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("h[1-6]");
    private static final Evaluator FOOTNOTE_LINK = Selector.evaluatorOf("sup > a[href^=#fn-]");
    private static final Evaluator FRAGMENT = Selector.evaluatorOf("[" + FragmentedListExtension.ATTRIBUTE + "]");

    /**
     * @param html        the cleaned content
     * @param backgrounds the slide's background images
     * @param styles      CSS of {@code <style>} blocks for the whole deck
     * @param scoped      CSS of {@code <style scoped>} blocks, for this slide only
     * @param visible     the slide shows something (text, media or a background)
     * @param fragments   how many elements the presentation reveals one at a time ({@code data-marpit-fragment})
     * @param card        the slide as the handout shows it, made from the same tree
     */
    record Result(String html, Backgrounds backgrounds, List<String> styles, List<String> scoped, boolean visible,
                  int fragments, SlideCard card) {
    }

    private SlideHtml() {
    }

    static Result clean(String html) {
        return clean(html, Map.of(), Map.of());
    }

    /**
     * @param footnoteTargets new targets of the slide's footnote references, by their old ones
     *                        ({@link SlideFootnotes#retargets})
     * @param referenceIds    new ids of footnote references written again on this slide, by their old ones
     *                        ({@link SlideFootnotes.Listing#renamed})
     */
    static Result clean(String html, Map<String, String> footnoteTargets, Map<String, String> referenceIds) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();

        List<Node> comments = new ArrayList<>();
        List<Element> fitting = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment comment) {
                comments.add(node);
                if (comment.getData().strip().equals("fit") && node.parent() instanceof Element heading
                        && HEADING.matcher(heading.normalName()).matches()) {
                    fitting.add(heading);
                }
            }
        }, body);
        comments.forEach(Node::remove);
        fitting.forEach(SlideHtml::fit);
        body.select(SCRIPT).remove();
        if (!footnoteTargets.isEmpty() || !referenceIds.isEmpty()) {
            for (Element link : body.select(FOOTNOTE_LINK)) {
                link.attr("href", footnoteTargets.getOrDefault(link.attr("href"), link.attr("href")));
                Element reference = link.parent();
                String id = referenceIds.get(reference.id());
                if (id != null) {
                    reference.id(id);
                }
            }
        }

        List<String> styles = new ArrayList<>();
        List<String> scoped = new ArrayList<>();
        for (Element style : body.select(STYLE)) {
            (style.hasAttr("scoped") ? scoped : styles).add(style.data());
            style.remove();
        }

        for (Element code : body.select(MERMAID)) {
            Element pre = code.tagName().equals("pre") ? code : code.parent();
            Element diagram = new Element("div").addClass("mermaid").text(code.wholeText());
            pre.replaceWith(diagram);
        }

        // As Marpit numbers them: 1, 2, … in document order on the slide (a nested item after its parent).
        int fragments = 0;
        for (Element fragment : body.select(FRAGMENT)) {
            fragment.attr(FragmentedListExtension.ATTRIBUTE, String.valueOf(++fragments));
        }

        Backgrounds backgrounds = takeBackgrounds(body);
        boolean visible = !body.text().isBlank() || !backgrounds.isEmpty() || body.selectFirst(MEDIA) != null;
        String cleaned = HtmlSerializer.innerHtml(body).trim();
        return new Result(cleaned, backgrounds, styles, scoped, visible, fragments, SlideCard.of(body, cleaned));
    }

    /**
     * Marp's fitting header, {@code # <!-- fit --> Título}: the heading's text on one line, as large as the slide is
     * wide. The text is wrapped so that the deck's script can measure it ({@code data-fit}, deck.js).
     */
    private static void fit(Element heading) {
        Element content = new Element("span").attr("data-fit-content", "");
        for (Node child : new ArrayList<>(heading.childNodes())) {
            content.appendChild(child);
        }
        if (content.firstChild() instanceof org.jsoup.nodes.TextNode first) {
            first.text(first.getWholeText().stripLeading()); // the blank after the comment
        }
        heading.attr("data-fit", "").appendChild(content);
    }

    private static Backgrounds takeBackgrounds(Element body) {
        List<BackgroundImage> images = new ArrayList<>();
        String split = "";
        String splitSize = "";
        boolean vertical = false;
        for (Element img : body.select(IMAGE_WITH_ALT)) {
            ImageKeywords keywords = ImageKeywords.parse(img.attr("alt"));
            if (keywords.background()) {
                images.add(new BackgroundImage(img.attr("src"), keywords.backgroundSize(), keywords.filter()));
                if (!keywords.split().isEmpty()) {
                    split = keywords.split();
                    splitSize = keywords.splitSize();
                }
                vertical |= keywords.vertical();
                removeWithEmptyParents(img, body);
            } else {
                StringBuilder style = new StringBuilder(img.attr("style"));
                appendDeclaration(style, "width", keywords.width());
                appendDeclaration(style, "height", keywords.height());
                appendDeclaration(style, "filter", keywords.filter());
                if (style.length() > 0) {
                    img.attr("style", style.toString());
                }
                img.attr("alt", keywords.alt());
            }
        }
        return images.isEmpty() ? Backgrounds.NONE : new Backgrounds(images, split, splitSize, vertical);
    }

    private static void appendDeclaration(StringBuilder style, String property, String value) {
        if (!value.isEmpty()) {
            if (style.length() > 0 && style.charAt(style.length() - 1) != ';') {
                style.append(';');
            }
            style.append(property).append(':').append(value).append(';');
        }
    }

    private static void removeWithEmptyParents(Element element, Element root) {
        Element parent = element.parent();
        element.remove();
        while (parent != null && parent != root && parent.childrenSize() == 0 && parent.text().isBlank()
                && !parent.is(CELL_OR_ITEM)) {
            Element up = parent.parent();
            parent.remove();
            parent = up;
        }
    }
}
