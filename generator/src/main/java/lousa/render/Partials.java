package lousa.render;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lousa.diag.Reporter;
import lousa.dialect.mdx.internal.RawHtmlRewriter;
import lousa.site.Lesson;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Docusaurus's partials: a markdown file named {@code _…} has no page, and a lesson that imports it
 * ({@code import Intro from './_intro.mdx';}) shows its text where it writes {@code <Intro />}, as if written there.
 * The partial's links are its own, resolved from its folder, and made for the page it lands on. A partial may import
 * another; one that imports itself, directly or not, stops there.
 */
public final class Partials {

    /** A partial ready to be shown: a lesson-like view of it (its file, for its links) and its HTML. */
    public record Partial(Lesson lesson, LessonDraft draft, Reporter reporter) {
    }

    /** Partials one page shows at most: ten that each import ten would grow it without end. */
    static final int MAX_PER_PAGE = 100;
    /** The key prefix of a partial's lesson-like view: it has no page, so no link leads to it. */
    public static final String KEY_PREFIX = "_partial:";
    private static final Evaluator PLACES = Selector.evaluatorOf("div[" + RawHtmlRewriter.PARTIAL_ATTRIBUTE + "]");

    private final Map<String, Partial> byPath;
    /** The partials whose links were resolved once: their messages are given once, not once per page. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /** @param byPath the partials by their path in content/ ({@code 01-m/_intro.mdx}) */
    public Partials(Map<String, Partial> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static final Partials NONE = new Partials(Map.of());

    /** The partials as parsed, in the order of their paths: {@code check --external} reads their links too. */
    public List<lousa.parse.ParsedLesson> parsed() {
        return new java.util.TreeMap<>(byPath).values().stream().map(p -> p.lesson().parsed()).toList();
    }

    static boolean isPartial(Lesson lesson) {
        return lesson.key().startsWith(KEY_PREFIX);
    }

    /** Puts each imported partial's text in {@code body}, where its component was. */
    void apply(Element body, LinkContext links) {
        if (body.selectFirst(PLACES) != null) {
            apply(body, links, new HashSet<>(), new int[1]);
        }
    }

    private void apply(Element root, LinkContext links, Set<String> chain, int[] shown) {
        for (Element place : root.select(PLACES)) {
            String written = place.attr(RawHtmlRewriter.PARTIAL_ATTRIBUTE);
            int line = parseLine(place.attr(RawHtmlRewriter.PARTIAL_LINE_ATTRIBUTE));
            Optional<String> path = links.targets().relativeTo(links.lesson(), written);
            Partial partial = path.map(byPath::get).orElse(null);
            if (partial == null) {
                links.reporter().error(line, "imported file " + written + " is not a partial of the course",
                        "import a markdown file under content/ whose name starts with _ (as Docusaurus's partials),"
                                + " e.g. import Intro from './_intro.mdx'");
                place.remove();
                continue;
            }
            if (++shown[0] > MAX_PER_PAGE) {
                links.reporter().error(line, "more than " + MAX_PER_PAGE + " partials on one page",
                        "import fewer partials, or fewer of them inside one another");
                place.remove();
                continue;
            }
            if (!chain.add(path.get())) {
                links.reporter().error(line, "partial " + written + " imports itself", "remove the loop of imports");
                place.remove();
                continue;
            }
            Reporter reporter = reported.add(path.get()) ? partial.reporter() : Reporter.SILENT;
            LinkContext theirs = links.forTextOf(partial.lesson(), reporter);
            partial.draft().report(reporter);
            Element text = partial.draft().bodyFor(theirs);
            apply(text, theirs, chain, shown);
            chain.remove(path.get());
            for (Node node : text.childNodes().toArray(new Node[0])) {
                place.before(node);
            }
            place.remove();
        }
    }

    private static int parseLine(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
