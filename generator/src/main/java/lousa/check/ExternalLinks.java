package lousa.check;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import lousa.dialect.mdx.EsmBlock;
import lousa.dialect.obsidian.Comment;
import lousa.dialect.obsidian.InlineComment;
import lousa.load.HttpUrls;
import lousa.parse.LineIndex;
import lousa.parse.ParsedLesson;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the external links of parsed lessons: the front matter's {@code image}, markdown links, images, autolinks and
 * reference definitions, and {@code href}/{@code src} of raw HTML ({@code <a>}, {@code <img>}, {@code <iframe>},
 * media), each with its line.
 * Text the site does not show (Obsidian {@code %%comments%%}, HTML comments, MDX imports) is skipped.
 */
public final class ExternalLinks {

    private static final String HTML_LINKS = "a[href], area[href], img[src], iframe[src], embed[src], video[src],"
            + " video[poster], audio[src], source[src], track[src]";

    private ExternalLinks() {
    }

    public static List<ExternalLink> of(List<ParsedLesson> lessons) {
        List<ExternalLink> links = new ArrayList<>();
        for (ParsedLesson lesson : lessons) {
            String file = lesson.source().displayPath();
            // Docusaurus's image: front matter, the lesson's link preview, when it is on another site
            lesson.frontMatter().text("image").filter(HttpUrls::is)
                    .ifPresent(url -> add(url, file, lesson.frontMatter().lineOf("image"), links));
            visit(lesson.document(), file, links);
        }
        return links;
    }

    private static void visit(Node parent, String file, List<ExternalLink> links) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Comment || node instanceof InlineComment || node instanceof EsmBlock) {
                continue;
            }
            if (node instanceof LinkNodeBase link) {
                add(link.getUrl().toString(), file, LineIndex.lineOf(node), links);
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                html(node.getChars().toString(), file, LineIndex.lineOf(node), links);
            }
            visit(node, file, links);
        }
    }

    private static void html(String html, String file, int firstLine, List<ExternalLink> links) {
        Document dom = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        for (Element element : dom.select(HTML_LINKS)) {
            int line = firstLine + Math.max(element.sourceRange().start().lineNumber(), 1) - 1;
            for (String attribute : List.of("href", "src", "poster")) {
                if (element.hasAttr(attribute)) {
                    add(element.attr(attribute), file, line, links);
                }
            }
        }
    }

    private static void add(String written, String file, int line, List<ExternalLink> links) {
        String url = written.strip();
        if (url.startsWith("<") && url.endsWith(">")) {
            url = url.substring(1, url.length() - 1);
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        if (HttpUrls.is(url)) {
            links.add(new ExternalLink(url, file, line));
        }
    }
}
