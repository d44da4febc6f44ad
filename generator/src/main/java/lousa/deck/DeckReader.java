package lousa.deck;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import lousa.diag.Reporter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a parsed Marp lesson into a {@link Deck}: splits it into slides, applies Marpit directives (global, local
 * carried to later slides, spot for one slide), keeps non-directive comments as speaker notes, takes out
 * {@code ![bg]} images and drops {@code <script>} tags with a note.
 */
public final class DeckReader {

    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final String SLIDES = "div.marpit > section";
    /**
     * Theme CSS scoped to the slides, by the theme's text: a course's decks share a few themes. Emptied when it grows
     * past a few dozen (custom themes edited while {@code serve} runs).
     */
    private static final Map<String, String> SCOPED_THEMES = new ConcurrentHashMap<>();
    private static final int SCOPED_THEMES_KEPT = 32;
    /** Lays out the footnotes a slide lists; added only to decks that list some. */
    private static final String FOOTNOTES_CSS = ThemeCatalog.resource("/deck/footnotes.css");

    private final ThemeCatalog themes;
    private final Function<Node, String> renderHtml;

    /**
     * @param themes     the themes a deck may name
     * @param renderHtml renders a node to HTML with the site's renderer; it is given a {@code Document} holding one
     *                   slide's nodes (so links and images render), e.g. {@code htmlRenderer::render}
     */
    public DeckReader(ThemeCatalog themes, Function<Node, String> renderHtml) {
        this.themes = themes;
        this.renderHtml = renderHtml;
    }

    /** Convenience for {@code new DeckReader(themes, renderHtml).read(doc, frontMatter, reporter)}. */
    public static Deck read(Document doc, Map<String, Object> frontMatter, Reporter reporter,
                            Function<Node, String> renderHtml, ThemeCatalog themes) {
        return new DeckReader(themes, renderHtml).read(doc, frontMatter, reporter);
    }

    /**
     * @param doc         the whole lesson file, front matter included, parsed
     * @param frontMatter the lesson's front matter as parsed YAML (may be empty)
     * @param reporter    where problems of this file go
     */
    public Deck read(Document doc, Map<String, Object> frontMatter, Reporter reporter) {
        Map<String, Integer> frontMatterLines = frontMatterLines(doc);
        Globals globals = new Globals();
        Map<String, String> carried = new LinkedHashMap<>();
        Map<String, String> firstSpot = new LinkedHashMap<>();
        Directives.fromMap(frontMatter).forEach((name, value) ->
                assign(name, value, frontMatterLines.getOrDefault(name, 1), globals, carried, firstSpot));

        Map<Node, RawHtml> rawHtml = rawHtml(doc);
        List<SlideSource> sources = new DeckSplitter(headingDivider(rawHtml, globals)).split(doc);
        List<Draft> drafts = new ArrayList<>();
        SlideFootnotes footnotes = new SlideFootnotes(doc);
        boolean footnotesListed = false;
        for (int i = 0; i < sources.size(); i++) {
            SlideSource source = sources.get(i);
            Map<String, String> spot = i == 0 ? firstSpot : new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            int scripts = 0;
            for (Node top : source.nodes()) {
                RawHtml raw = rawHtml.getOrDefault(top, RawHtml.NONE);
                for (Located comment : raw.comments()) {
                    Optional<Map<String, String>> directives = Directives.fromComment(comment.text());
                    if (directives.isPresent()) {
                        directives.get().forEach((name, value) ->
                                assign(name, value, comment.line(), globals, carried, spot));
                    } else if (!comment.text().isBlank() && !comment.text().trim().equals("fit")) {
                        notes.add(comment.text().strip());
                    }
                }
                scripts += raw.scripts();
            }
            SlideFootnotes.Listing listing = footnotes.listing(source.nodes());
            footnotesListed |= !listing.notes().isEmpty();
            String html = LentNodes.renderSlide(doc, source.nodes(), renderHtml)
                    + FootnoteList.html(listing.notes(), doc, renderHtml);
            Map<String, String> effective = new LinkedHashMap<>(carried);
            effective.putAll(spot);
            drafts.add(new Draft(source.line(),
                    SlideHtml.clean(html, SlideFootnotes.retargets(listing.notes()), listing.renamed()), notes,
                    effective, scripts));
        }
        dropEmptyScriptSlides(drafts, reporter);

        String theme = theme(globals, reporter);
        SlideSize size = size(globals, reporter);
        StringBuilder css = new StringBuilder(scopedTheme(themes.css(theme)));
        if (footnotesListed) { // only then: a deck without footnotes keeps its CSS to the byte
            css.append(scopedTheme(FOOTNOTES_CSS));
        }
        globals.value("style").ifPresent(style -> css.append(new CssScoper(SLIDES).scope(style)));
        List<Slide> slides = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            int index = i + 1;
            String paginate = draft.directives().getOrDefault("paginate", "false");
            if (!paginate.equals("skip") && !paginate.equals("hold")) {
                page++;
            }
            boolean shown = paginate.equals("true") || paginate.equals("hold");
            draft.content().styles().forEach(style -> css.append(new CssScoper(SLIDES).scope(style)));
            String slideSelector = SLIDES + "[id=\"" + index + "\"]";
            draft.content().scoped().forEach(style -> css.append(new CssScoper(slideSelector).scope(style)));
            slides.add(new Slide(index, draft.line(), draft.content().html(), draft.notes(),
                    classes(draft.directives().getOrDefault("class", "")), draft.directives(),
                    InlineMarkdown.render(draft.directives().get("header")),
                    InlineMarkdown.render(draft.directives().get("footer")),
                    draft.content().backgrounds(), shown ? page : 0, draft.content().fragments(),
                    draft.content().card()));
        }
        return new Deck(title(doc, globals), globals.value("lang").orElse(""), theme, size, css.toString(), slides,
                page);
    }

    private static String scopedTheme(String themeCss) {
        if (SCOPED_THEMES.size() > SCOPED_THEMES_KEPT) {
            SCOPED_THEMES.clear();
        }
        return SCOPED_THEMES.computeIfAbsent(themeCss, css -> new CssScoper(SLIDES).scope(css));
    }

    private record Draft(int line, SlideHtml.Result content, List<String> notes, Map<String, String> directives,
                         int scripts) {
    }

    private record Located(String text, int line) {
    }

    /**
     * What the deck reads in a top-level node's raw HTML: its comments, and its script tags (counted to drop a last
     * slide that held only scripts; the MDX renderer reports each dropped script once, with its line).
     */
    private record RawHtml(List<Located> comments, int scripts) {
        static final RawHtml NONE = new RawHtml(List.of(), 0);
    }

    /** Global directives with the line each was last set on. */
    private static final class Globals {
        final Map<String, String> values = new HashMap<>();
        final Map<String, Integer> lines = new HashMap<>();

        Optional<String> value(String name) {
            return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
        }

        int line(String name) {
            return lines.getOrDefault(name, 1);
        }
    }

    private static void assign(String name, String value, int line, Globals globals, Map<String, String> carried,
                               Map<String, String> spot) {
        if (Directives.GLOBAL.contains(name)) {
            globals.values.put(name, value);
            globals.lines.put(name, line);
        } else if (name.startsWith("_")) {
            spot.put(name.substring(1), value);
        } else {
            carried.put(name, value);
        }
    }

    /** The heading levels that start slides, from a {@code headingDivider} anywhere in the file. */
    private static Set<Integer> headingDivider(Map<Node, RawHtml> rawHtml, Globals globals) {
        String value = globals.values.getOrDefault("headingDivider", "");
        for (RawHtml raw : rawHtml.values()) {
            for (Located comment : raw.comments()) {
                Directives.fromComment(comment.text()).map(d -> d.get("headingDivider"))
                        .ifPresent(v -> globals.values.put("headingDivider", v));
            }
        }
        value = globals.values.getOrDefault("headingDivider", value).trim();
        Set<Integer> levels = new TreeSet<>();
        if (value.isEmpty() || value.equals("false")) {
            return levels;
        }
        String[] parts = value.split("[\\s,\\[\\]]+");
        List<Integer> numbers = new ArrayList<>();
        for (String part : parts) {
            if (part.matches("[1-6]")) {
                numbers.add(Integer.parseInt(part));
            }
        }
        if (numbers.size() == 1 && !value.startsWith("[")) {
            for (int level = 1; level <= numbers.get(0); level++) {
                levels.add(level);
            }
        } else {
            levels.addAll(numbers);
        }
        return levels;
    }

    /**
     * The raw HTML of each top-level node, in document order, read once: for {@code headingDivider} (read before the
     * split) and for the slides.
     */
    private static Map<Node, RawHtml> rawHtml(Document doc) {
        Map<Node, RawHtml> rawHtml = new LinkedHashMap<>(); // flexmark nodes are equal only to themselves
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            rawHtml.put(node, rawHtml(node));
        }
        return rawHtml;
    }

    private static RawHtml rawHtml(Node top) {
        List<Located> comments = new ArrayList<>();
        int[] scripts = {0};
        visitHtml(top, (node, text) -> {
            Matcher m = COMMENT.matcher(text);
            while (m.find()) {
                comments.add(new Located(m.group(1), lineAt(node, text, m.start())));
            }
            if (SCRIPT.matcher(text).find()) { // else blanking the comments out cannot make a script tag appear
                Matcher script = SCRIPT.matcher(COMMENT.matcher(text).replaceAll(c -> " ".repeat(c.group().length())));
                while (script.find()) {
                    scripts[0]++;
                }
            }
        });
        return comments.isEmpty() && scripts[0] == 0 ? RawHtml.NONE : new RawHtml(comments, scripts[0]);
    }

    private interface HtmlVisitor {
        void visit(Node node, String text);
    }

    private static void visitHtml(Node top, HtmlVisitor visitor) {
        if (top instanceof HtmlBlockBase || top instanceof HtmlInlineBase) {
            visitor.visit(top, top.getChars().toString());
        }
        for (Node node : top.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                visitor.visit(node, node.getChars().toString());
            }
        }
    }

    private static int lineAt(Node node, String text, int offset) {
        int line = lousa.parse.LineIndex.lineOf(node);
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The seed ends with {@code ---}, a comment and CDN scripts: once they are dropped, nothing is left to show. */
    private static void dropEmptyScriptSlides(List<Draft> drafts, Reporter reporter) {
        while (drafts.size() > 1) {
            Draft last = drafts.get(drafts.size() - 1);
            if (last.scripts() == 0 || last.content().visible()) {
                return;
            }
            drafts.remove(drafts.size() - 1);
            reporter.note(last.line(), "the last slide held only scripts and is not shown",
                    last.notes().isEmpty() ? "" : "its comments (" + String.join("; ", last.notes())
                            + ") are dropped with it");
        }
    }

    private String theme(Globals globals, Reporter reporter) {
        String name = globals.value("theme").orElse(ThemeCatalog.DEFAULT);
        if (themes.has(name)) {
            return name;
        }
        reporter.warning(globals.line("theme"), "unknown Marp theme '" + name + "'",
                "use default, gaia, uncover, rose-pine or put " + name + ".css declaring @theme " + name
                        + " beside the deck");
        return ThemeCatalog.DEFAULT;
    }

    private static SlideSize size(Globals globals, Reporter reporter) {
        Optional<String> value = globals.value("size");
        if (value.isEmpty()) {
            return SlideSize.WIDE;
        }
        Optional<SlideSize> size = SlideSize.byRatio(value.get());
        if (size.isEmpty()) {
            reporter.warning(globals.line("size"), "unknown slide size '" + value.get() + "'",
                    "use size: 16:9 (1280×720) or size: 4:3 (960×720)");
        }
        return size.orElse(SlideSize.WIDE);
    }

    private static List<String> classes(String value) {
        List<String> classes = new ArrayList<>();
        for (String c : value.trim().split("\\s+")) {
            if (!c.isEmpty()) {
                classes.add(c);
            }
        }
        return classes;
    }

    private static String title(Document doc, Globals globals) {
        Optional<String> title = globals.value("title");
        if (title.isPresent()) {
            return title.get();
        }
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading heading) {
                return new TextCollectingVisitor().collectAndGetText(heading).trim();
            }
        }
        return "";
    }

    private static Map<String, Integer> frontMatterLines(Document doc) {
        Map<String, Integer> lines = new HashMap<>();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock) {
                for (Node child : node.getDescendants()) {
                    if (child instanceof YamlFrontMatterNode entry) {
                        lines.putIfAbsent(entry.getKey(), lousa.parse.LineIndex.lineOf(entry));
                    }
                }
            }
        }
        return lines;
    }
}
