package lousa.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lousa.diag.Reporter;
import lousa.dialect.FrontMatter;
import lousa.dialect.Tags;
import lousa.dialect.docusaurus.HeadingId;
import lousa.dialect.mdx.ImportedCode;
import lousa.dialect.obsidian.BlockId;
import lousa.dialect.obsidian.ObsidianExtension;
import lousa.dialect.FrontMatterReader;
import lousa.load.SourceFile;

/** Stage 3, parse: one lesson's text to an AST, with front matter read, syntax checked and heading ids assigned. */
public final class LessonParser {

    /** An {@code id} or {@code name} attribute of a tag, quoted. */
    private static final Pattern RAW_ID = Pattern.compile("<[A-Za-z][^>]*?\\s(id|name)\\s*=\\s*(?:\"([^\"]+)\"|'([^']+)')");

    private final MarkdownParser markdown;
    private final FrontMatterReader frontMatterReader = new FrontMatterReader();

    public LessonParser(MarkdownParser markdown) {
        this.markdown = markdown;
    }

    public ParsedLesson parse(SourceFile source, Reporter reporter) {
        Document document = markdown.parse(source.text(), MarkdownParser.isMdx(source.relative()));
        document.set(DocumentKeys.REPORTER, reporter);
        ImportedCode.fill(document, source.path(), contentRoot(source), reporter);
        ParseProblems.report(document, reporter);
        SyntaxChecker.check(document, reporter);
        FrontMatter frontMatter = frontMatterReader.read(document, reporter);
        List<HeadingInfo> headings = new ArrayList<>();
        Set<String> blockIds = new HashSet<>();
        collectHeadings(document, headings, blockIds, new HeadingSlugger(), reporter);
        String firstH1 = headings.stream().filter(h -> h.level() == 1).map(HeadingInfo::text).findFirst().orElse(null);
        if (source.text().isBlank()) {
            reporter.warning(0, "lesson is empty", "write its content, or delete the file");
        }
        return ParsedLesson.withBlockIds(source, document, frontMatter, List.copyOf(headings), firstH1, blockIds,
                tags(frontMatter, document), lead(document), codeLanguages(document));
    }

    /**
     * The first word of each code fence's info string, in lower case ({@code ```Python title="x.py"}: "python"); code
     * blocks are blocks, so only blocks are walked, not the text inside paragraphs.
     */
    private static Set<String> codeLanguages(Document document) {
        Set<String> languages = new TreeSet<>();
        collectLanguages(document, languages);
        return languages.isEmpty() ? Set.of() : Set.copyOf(languages);
    }

    private static void collectLanguages(Node parent, Set<String> languages) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FencedCodeBlock fence) {
                String info = fence.getInfo().toString().strip();
                int end = 0;
                while (end < info.length() && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '{') {
                    end++;
                }
                if (end > 0) {
                    languages.add(info.substring(0, end).toLowerCase(Locale.ROOT));
                }
            } else if (node instanceof Block && !(node instanceof Paragraph) && node.hasChildren()) {
                collectLanguages(node, languages);
            }
        }
    }

    /** The content folder: the lesson's path without its path relative to the folder. */
    private static Path contentRoot(SourceFile source) {
        Path root = source.path().toAbsolutePath().getParent();
        String relative = source.relative();
        for (int slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
            root = root.getParent();
        }
        return root;
    }

    /** The text of the lesson's first paragraph at its top level, white space collapsed, cut short; "" if none. */
    private static String lead(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return text.length() <= ParsedLesson.LEAD_LENGTH ? text
                            : text.substring(0, ParsedLesson.LEAD_LENGTH);
                }
            }
        }
        return "";
    }

    /**
     * The ids (and {@code <a name>}s) of raw HTML blocks, which links may point at as at headings:
     * {@code <div id="exercicio">} … {@code [o exercício](#exercicio)}.
     */
    private static void rawIds(BasedSequence html, Set<String> anchors) {
        if (html.indexOf("id") < 0 && html.indexOf("name") < 0) {
            return;
        }
        Matcher id = RAW_ID.matcher(html);
        while (id.find()) {
            anchors.add(id.group(2) != null ? id.group(2) : id.group(3));
        }
    }

    /** The front matter's tags, then those of the text ({@code #tag}), one per tag. */
    private static List<String> tags(FrontMatter frontMatter, Document document) {
        List<String> written = ObsidianExtension.TAGS.get(document);
        List<String> declared = frontMatter.tags();
        if (written == null) {
            return declared;
        }
        document.remove(ObsidianExtension.TAGS);
        List<String> all = new ArrayList<>(declared);
        all.addAll(written);
        return Tags.distinct(all);
    }

    /**
     * Gives each heading its id (its own {@code {#id}}, else one made from its text), in document order, and lists
     * it, with the other anchors: Obsidian block ids ({@code ^id}, the last node of their paragraph) and the ids of
     * raw HTML. Walks blocks, and only the top level of a paragraph's inline nodes (where inline HTML sits): a
     * heading is never inside a paragraph, so most of the AST is not visited.
     */
    private static void collectHeadings(Node parent, List<HeadingInfo> headings, Set<String> blockIds,
                                        HeadingSlugger slugger, Reporter reporter) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
                String id;
                if (heading.getLastChild() instanceof HeadingId given) {
                    id = given.getId();
                    if (!slugger.reserve(id)) {
                        reporter.warning(LineIndex.lineOf(heading), "heading id #" + id + " is used twice in this"
                                + " lesson", "give each heading its own {#id}: a link to #" + id + " finds the first");
                    }
                } else {
                    id = slugger.slug(text);
                }
                heading.setAnchorRefId(id);
                headings.add(new HeadingInfo(heading.getLevel(), id, text, LineIndex.lineOf(heading)));
            } else if (node instanceof HtmlBlockBase html) {
                rawIds(html.getChars(), blockIds);
            } else if (node instanceof Paragraph) {
                if (node.getLastChild() instanceof BlockId id) {
                    blockIds.add(id.getAnchor());
                }
                for (Node inline = node.getFirstChild(); inline != null; inline = inline.getNext()) {
                    if (inline instanceof HtmlInline html) { // <a name="x"></a> in a paragraph
                        rawIds(html.getChars(), blockIds);
                    }
                }
            } else if (node instanceof Block && node.hasChildren()) {
                collectHeadings(node, headings, blockIds, slugger, reporter);
            }
        }
    }
}
