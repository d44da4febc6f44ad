package lousa.deck;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import lousa.dialect.marp.FragmentedListExtension;

import java.util.List;
import java.util.function.Function;

/**
 * Renders some nodes of a parsed deck as a document of their own, because flexmark renders links and images only
 * when it is given a {@code Document}. The nodes are lent to that document and put back in place afterwards; it
 * shares the deck's data (references, reporter), so link resolution works as for the whole page.
 *
 * <p>Only the footnotes are not shared: flexmark writes the list of every footnote referenced in the deck at the
 * bottom of each document it renders, while a slide lists just its own ({@link SlideFootnotes}). Flexmark numbers
 * footnotes when it renders with their repository, so the deck's must be numbered before the first loan: making
 * the deck's {@link SlideFootnotes} does it.
 */
final class LentNodes {

    private LentNodes() {
    }

    /**
     * @param deck       the document the nodes belong to
     * @param nodes      siblings, in order (a slide's top-level nodes, or a footnote's content)
     * @param renderHtml the site's renderer
     */
    static String render(Document deck, List<Node> nodes, Function<Node, String> renderHtml) {
        return render(deck, nodes, renderHtml, false);
    }

    /** As {@link #render}, for a slide's top-level nodes: Marp's slide-only syntax (fragmented lists) applies. */
    static String renderSlide(Document deck, List<Node> nodes, Function<Node, String> renderHtml) {
        return render(deck, nodes, renderHtml, true);
    }

    private static String render(Document deck, List<Node> nodes, Function<Node, String> renderHtml, boolean slide) {
        if (nodes.isEmpty()) {
            return "";
        }
        Node parent = nodes.get(0).getParent();
        Node anchor = nodes.get(nodes.size() - 1).getNext();
        Document lent = new Document(deck, deck.getChars());
        lent.set(FootnoteExtension.FOOTNOTES, new FootnoteRepository(lent));
        lent.set(FragmentedListExtension.SLIDE, slide);
        for (Node node : nodes) {
            node.unlink();
            lent.appendChild(node);
        }
        try {
            return renderHtml.apply(lent);
        } finally {
            for (Node node : nodes) {
                node.unlink();
                if (anchor != null) {
                    anchor.insertBefore(node);
                } else {
                    parent.appendChild(node);
                }
            }
        }
    }
}
