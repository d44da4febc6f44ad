package lousa.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lousa.diag.Reporter;
import lousa.render.tabs.LabBlockAttributes;
import lousa.site.Lesson;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Obsidian's note embeds ({@code ![[Nota]]}, {@code ![[Nota#Seção]]}, {@code ![[Nota#^bloco]]}) show the other
 * lesson's text in place, as Obsidian does: the whole lesson, one section (its heading down to the next heading of
 * the same or a higher level) or one block. The text is the other lesson's own HTML, its links made for this page;
 * a link above it leads to the original. Search finds the text in its own lesson only.
 *
 * <p>An embed stays the card flexmark's renderer wrote (a link to the lesson) where the text cannot come: inside a
 * line of text, a deck (read slide by slide), an embed of a lesson already being embedded (a loop), deeper than
 * {@link #MAX_DEPTH}, or past {@link #MAX_PER_PAGE} on one page. Ids inside an embed get a prefix, so they never clash with the page's, and the embed's own
 * links to them (a footnote, a heading) follow.
 */
public final class NoteEmbeds {

    /** The lessons' HTML, for the lessons other lessons embed. */
    public interface Sources {
        /** The draft of {@code lesson}'s body, or null when it cannot be embedded (a deck). */
        LessonDraft draftOf(Lesson lesson);

        Sources NONE = lesson -> null;
    }

    /** The attribute of an embed's card that holds the target as written ({@code Nota#Seção}); the Obsidian renderer writes it. */
    public static final String TARGET = "data-embed";
    static final int MAX_DEPTH = 4;
    /** Embeds one page shows at most, nested ones included: ten notes that each embed ten would grow without end. */
    static final int MAX_PER_PAGE = 100;
    private static final Evaluator CARDS = Selector.evaluatorOf("a.note-embed[" + TARGET + "]");
    private static final Evaluator BLOCKS = Selector.evaluatorOf(".note-embed-block");
    private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
    private static final Evaluator LOCAL_LINKS = Selector.evaluatorOf("a[href^=#]");
    private static final Evaluator LAB_BLOCKS = Selector.evaluatorOf("[" + LabBlockAttributes.EXAMPLE + "], ["
            + LabBlockAttributes.OUTPUT + "]");

    private NoteEmbeds() {
    }

    /** Puts each embedded lesson's text in {@code body}, the HTML of {@code links}'s lesson. */
    static void apply(Element body, LinkContext links) {
        if (body.selectFirst(CARDS) == null) {
            return;
        }
        embed(body, links, new HashSet<>(Set.of(links.lesson().key())), 0, new int[1]);
        prefixIds(body);
    }

    private static void embed(Element root, LinkContext links, Set<String> chain, int depth, int[] shown) {
        for (Element card : root.select(CARDS)) {
            String target = card.attr(TARGET);
            card.removeAttr(TARGET);
            LinkTarget found = links.targets().resolveWiki(links.lesson(), target, "![[");
            if (found instanceof LinkTarget.Page page) {
                links.lookups().add(LinkContext.embed(page.lesson().key())); // serve shows its change here too
            }
            Element paragraph = card.parent();
            if (!(found instanceof LinkTarget.Page page) || depth >= MAX_DEPTH || shown[0] >= MAX_PER_PAGE
                    || chain.contains(page.lesson().key())
                    || paragraph == null || !paragraph.normalName().equals("p") || !alone(card, paragraph)) {
                continue;
            }
            LessonDraft draft = links.targets().embedSources().draftOf(page.lesson());
            if (draft == null) {
                continue;
            }
            LinkContext theirs = links.forTextOf(page.lesson(), Reporter.SILENT); // its messages are its own page's
            Element text = draft.bodyFor(theirs);
            List<Node> part = part(text, page);
            if (part.isEmpty()) {
                continue;
            }
            shown[0]++;
            Element block = new Element("div").addClass("note-embed-block");
            Element origin = new Element("p").addClass("note-embed-origin");
            card.removeClass("note-embed").addClass("note-embed-link");
            origin.appendChild(card);
            block.appendChild(origin);
            Element content = block.appendElement("div").addClass("note-embed-content");
            part.forEach(content::appendChild);
            content.select(LAB_BLOCKS).forEach(e -> e.removeAttr(LabBlockAttributes.EXAMPLE)
                    .removeAttr(LabBlockAttributes.OUTPUT)); // the labs belong to the lesson that has them
            pointHome(content, card.attr("href"));
            Set<String> deeper = new HashSet<>(chain);
            deeper.add(page.lesson().key());
            embed(content, theirs, deeper, depth + 1, shown);
            paragraph.replaceWith(block);
        }
    }

    /**
     * A link of the embedded text to a place in its own lesson stays in the embed when that place came along, and
     * leads to the lesson when it did not (a section's footnote, a heading of another section).
     */
    private static void pointHome(Element content, String cardHref) {
        int hash = cardHref.indexOf('#');
        String page = hash < 0 ? cardHref : cardHref.substring(0, hash);
        Set<String> ids = new HashSet<>(content.select(WITH_ID).eachAttr("id"));
        for (Element link : content.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith(page + "#") && !page.isEmpty()) { // written for its own page: stays here if it can
                href = href.substring(page.length());
            }
            if (!href.startsWith("#")) {
                continue;
            }
            link.attr("href", ids.contains(SitePaths.fragmentId(href.substring(1))) ? href : page + href);
        }
    }

    /** Whether the card is all the paragraph holds (blanks aside): an embed on a line of its own. */
    private static boolean alone(Element card, Element paragraph) {
        for (Node node : paragraph.childNodes()) {
            if (node != card && !(node instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The nodes the embed shows: the whole body but its title heading, a section, or the block with the id. */
    private static List<Node> part(Element text, LinkTarget.Page page) {
        String anchor = page.anchor();
        if (anchor.isEmpty()) {
            TitleHeadingPass.dropTitle(text, page.lesson().title());
            return new ArrayList<>(text.childNodes());
        }
        Element marked = text.getElementById(anchor);
        if (marked == null) {
            return List.of();
        }
        if (anchor.startsWith("^")) { // a block id: the paragraph or list item it ends
            Element block = marked.parent();
            while (block != null && block.parent() != text && !block.normalName().equals("li")) {
                block = block.parent();
            }
            if (block == null) {
                return List.of();
            }
            marked.remove();
            return List.of(block.normalName().equals("li") ? new Element("ul").appendChild(block) : block);
        }
        if (marked.parent() != text || !marked.normalName().matches("h[1-6]")) {
            return List.of(marked);
        }
        int level = marked.normalName().charAt(1) - '0';
        List<Node> section = new ArrayList<>();
        for (Node node = marked; node != null; node = node.nextSibling()) {
            if (node != marked && node instanceof Element e && (e.normalName().matches("h[1-6]")
                    && e.normalName().charAt(1) - '0' <= level || e.hasClass("footnotes"))) {
                break; // the notes of the whole lesson are no section's: a section's note links lead there
            }
            section.add(node);
        }
        return section;
    }

    /**
     * Gives each id inside an embed the prefix of its embed ({@code embed-2-}), in page order, and points the embed's
     * own {@code #id} links at the new ids: the same lesson embedded twice, or a heading named as one of the page's,
     * never makes two elements with one id.
     */
    private static void prefixIds(Element body) {
        int number = 0;
        for (Element block : body.select(BLOCKS)) {
            String prefix = "embed-" + ++number + "-";
            Map<String, String> renamed = new HashMap<>();
            for (Element element : block.select(WITH_ID)) {
                if (element.closest(BLOCKS) == block) {
                    renamed.put(element.id(), prefix + element.id());
                    element.id(prefix + element.id());
                }
            }
            for (Element link : block.select(LOCAL_LINKS)) {
                String id = SitePaths.fragmentId(link.attr("href").substring(1));
                if (link.closest(BLOCKS) == block && renamed.containsKey(id)) {
                    link.attr("href", "#" + SitePaths.fragment(renamed.get(id)));
                }
            }
        }
    }
}
