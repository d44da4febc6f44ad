package lousa.render;

import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import lousa.dialect.obsidian.ObsidianExtension;
import lousa.parse.LineIndex;

/**
 * One call of flexmark's link resolution, as the lesson asked it: all that resolving needs, without the AST, so a
 * link can be resolved after the lesson's AST is gone ({@link DeferredLinks}).
 *
 * @param kind   a markdown link or image, a wiki link, a note embed ({@code ![[Nota]]}, found as a wiki link is),
 *               a file embed ({@code ![[image.png]]}), or a tag ({@code #asyncio}: its place on the tags page)
 * @param target what to look up: the URL as flexmark passed it, or a wiki node's raw target ("Nota#Título")
 * @param url    the URL as flexmark passed it, kept as the href of a link that goes nowhere
 * @param image  whether an image is wanted (a missing image is a warning, a missing page an error)
 * @param line   the source line of the node, for messages
 */
record LinkRequest(Kind kind, String target, String url, boolean image, int line) {

    enum Kind { URL, WIKI_LINK, NOTE_EMBED, WIKI_EMBED, TAG }

    static LinkRequest of(Node node, ResolvedLink link) {
        if (link.getLinkType() == ObsidianExtension.TAG) {
            return new LinkRequest(Kind.TAG, link.getUrl(), link.getUrl(), false, LineIndex.lineOf(node));
        }
        // ![[Nota]] embeds a note: the renderer asks for it as a wiki link, and it is looked up as one.
        boolean noteEmbed = node instanceof WikiImage && link.getLinkType() == ObsidianExtension.WIKI_LINK;
        boolean image = !noteEmbed && (link.getLinkType() == LinkType.IMAGE
                || link.getLinkType() == LinkType.IMAGE_REF || node instanceof WikiImage);
        int line = lineOf(node, link);
        if (node instanceof WikiImage wiki && !noteEmbed) {
            return new LinkRequest(Kind.WIKI_EMBED, wikiTarget(wiki), link.getUrl(), image, line);
        }
        if (node instanceof WikiNode wiki) {
            return new LinkRequest(noteEmbed ? Kind.NOTE_EMBED : Kind.WIKI_LINK, wikiTarget(wiki), link.getUrl(), image,
                    line);
        }
        // flexmark asks for an e-mail autolink (<aluno@example.com>) by its bare address and writes "mailto:" itself.
        String target = node instanceof MailLink ? "mailto:" + link.getUrl() : link.getUrl();
        return new LinkRequest(Kind.URL, target, link.getUrl(), image, line);
    }

    /** The node's line, or the one the renderer gave with the URL ({@link LineIndex#LINE_ATTRIBUTE}). */
    private static int lineOf(Node node, ResolvedLink link) {
        String given = link.getAttributes() == null ? null : link.getAttributes().getValue(LineIndex.LINE_ATTRIBUTE);
        if (given != null && !given.isEmpty()) {
            try {
                return Integer.parseInt(given);
            } catch (NumberFormatException e) {
                // not ours: the node's line
            }
        }
        return LineIndex.lineOf(node);
    }

    /** The raw target of a wiki node ("Pasted image 1.png", "Nota#Título"), before flexmark's URL escaping. */
    private static String wikiTarget(WikiNode wiki) {
        String page = wiki.getPageRef().toString();
        String anchor = wiki.getAnchorRef().toString();
        return anchor.isEmpty() ? page : page + "#" + anchor;
    }
}
