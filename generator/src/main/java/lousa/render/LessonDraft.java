package lousa.render;

import java.util.ArrayList;
import java.util.List;
import lousa.diag.Reporter;
import lousa.diag.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A lesson body as flexmark rendered it before the course was planned ({@link LessonRenderer#draft}): the HTML with
 * placeholder link URLs, the link resolutions it waits for, and the messages rendering gave, to report once the
 * lesson has its place in the course. Holds no AST: a build drafts each lesson as soon as it is parsed and lets the
 * AST go, so a large course never holds every lesson's AST at once. Only {@link LessonRenderer} reads it.
 */
public final class LessonDraft {

    /** A message of rendering, reported later to the lesson's reporter. */
    record Message(Severity severity, int line, String message, String hint) {
    }

    private final String html;
    private final List<LinkRequest> links;
    private final List<Message> messages;

    LessonDraft(String html, List<LinkRequest> links, List<Message> messages) {
        this.html = html;
        this.links = links;
        this.messages = messages;
    }

    String html() {
        return html;
    }

    List<LinkRequest> links() {
        return links;
    }

    /** The body with its links resolved by {@code context}, as a jsoup tree: the text an embed or a partial shows. */
    Element bodyFor(LinkContext context) {
        return Jsoup.parseBodyFragment(DeferredLinks.fill(html, links, context)).body();
    }

    /** What its images point to, as written: a build starts downloading those on the web while it reads on. */
    public List<String> imageTargets() {
        return links.stream().filter(l -> l.image() && l.kind() == LinkRequest.Kind.URL).map(LinkRequest::target)
                .toList();
    }

    /**
     * What its note embeds ({@code ![[Nota#Seção]]}) name, as written: the build keeps those lessons' drafts. Read
     * from the cards' attribute, not from the link requests: flexmark asks once for a target the lesson also links to.
     */
    public List<String> noteEmbedTargets() {
        String attribute = " " + NoteEmbeds.TARGET + "=\"";
        List<String> targets = new ArrayList<>();
        for (int at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + 1)) {
            int start = at + attribute.length();
            int end = html.indexOf('"', start);
            if (end > start) {
                targets.add(Parser.unescapeEntities(html.substring(start, end), true));
            }
        }
        return targets;
    }

    void report(Reporter reporter) {
        messages.forEach(m -> reporter.report(m.severity(), m.line(), m.message(), m.hint()));
    }
}
