package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import lousa.dialect.obsidian.BlockId;
import lousa.dialect.obsidian.Callout;
import lousa.dialect.obsidian.CalloutTitle;
import lousa.dialect.obsidian.Comment;
import lousa.dialect.obsidian.EmbeddedMedia;
import lousa.dialect.obsidian.Highlight;
import lousa.dialect.obsidian.InlineComment;
import lousa.dialect.obsidian.ObsidianExtension;
import lousa.dialect.obsidian.Tag;
import org.jetbrains.annotations.NotNull;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML for the Obsidian nodes. Callouts: {@code <aside class="callout callout-KIND">}, or {@code <details>} when
 * foldable. Wiki links and images: resolved through the renderer's link resolvers with
 * {@link ObsidianExtension#WIKI_LINK} / {@link ObsidianExtension#WIKI_IMAGE} and the raw target; a
 * {@code |300} or {@code |300x200} suffix on an image becomes its width (and height). A note embedded with
 * {@code ![[Nota]]} is a card linking to it; a YouTube or Vimeo link written as an image, a player.
 */
public class ObsidianNodeRenderer implements NodeRenderer {

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+)\\s*(?:x\\s*(\\d+)\\s*)?");
    private static final Pattern ALT_SIZE = Pattern.compile("(.*?)\\|\\s*(\\d+)\\s*(?:x\\s*(\\d+)\\s*)?", Pattern.DOTALL);

    private final Map<String, String> titles;

    public ObsidianNodeRenderer(DataHolder options) {
        this.titles = ObsidianExtension.CALLOUT_TITLES.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Callout.class, this::renderCallout),
                new NodeRenderingHandler<>(CalloutTitle.class, (node, context, html) -> context.renderChildren(node)),
                new NodeRenderingHandler<>(Highlight.class, this::renderHighlight),
                new NodeRenderingHandler<>(Comment.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(InlineComment.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(WikiLink.class, this::renderWikiLink),
                new NodeRenderingHandler<>(WikiImage.class, this::renderWikiImage),
                new NodeRenderingHandler<>(Image.class, this::renderImage),
                new NodeRenderingHandler<>(Tag.class, this::renderTag),
                new NodeRenderingHandler<>(BlockId.class, (node, context, html) ->
                        html.attr("id", node.getAnchor()).attr("class", "block-id").withAttr().tag("span").tag("/span")));
    }

    private void renderCallout(Callout node, NodeRendererContext context, HtmlWriter html) {
        String kind = node.getKindName();
        String element = node.isFoldable() ? "details" : "aside";
        String titleElement = node.isFoldable() ? "summary" : "p";
        html.attr("class", "callout callout-" + kind);
        if (!node.isFoldable()) {
            html.attr("role", "note");
        } else if (node.isOpen()) {
            html.attr("open", "");
        }
        html.withAttr().tagLineIndent(element, () -> {
            html.line(); // the output passes straight through: indenting writes no line break
            html.attr("class", "callout-title").withAttr().tag(titleElement);
            if (node.getFirstChild() instanceof CalloutTitle title) {
                context.renderChildren(title);
            } else {
                html.text(defaultTitle(node));
            }
            html.tag("/" + titleElement).line();
            html.attr("class", "callout-body").withAttr().tagLineIndent("div", () -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (!(child instanceof CalloutTitle)) {
                        context.render(child);
                    }
                }
            });
        });
    }

    private String defaultTitle(Callout node) {
        String title = titles.get(node.getKindName());
        String written = node.getKind().toString().toLowerCase(Locale.ROOT);
        if (title == null || (!Callout.KINDS.contains(written) && !Callout.ALIASES.containsKey(written))) {
            return written.isEmpty() ? "" : Character.toUpperCase(written.charAt(0)) + written.substring(1);
        }
        return title;
    }

    private void renderHighlight(Highlight node, NodeRendererContext context, HtmlWriter html) {
        html.withAttr().tag("mark");
        context.renderChildren(node);
        html.tag("/mark");
    }

    private void renderWikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        if (context.isDoNotRenderLinks()) {
            context.renderChildren(node);
            return;
        }
        ResolvedLink link = context.resolveLink(ObsidianExtension.WIKI_LINK, node.getLink().unescape(), null);
        html.attr("href", url(link));
        html.srcPos(node.getChars()).withAttr(link).tag("a");
        if (node.getTextSeparatorMarker().isEmpty()) {
            html.text(label(node)); // no alias: shown as Obsidian shows it
        } else {
            context.renderChildren(node);
        }
        html.tag("/a");
    }

    /**
     * {@code [[Nota]]} reads "Nota", {@code [[Nota#Seção]]} "Nota › Seção", {@code [[Nota#Seção#Subseção]]}
     * "Nota › Seção › Subseção", {@code [[#Seção]]} "Seção".
     */
    private static String label(WikiLink node) {
        String page = node.getPageRef().unescape().strip();
        String anchor = node.getAnchorRef().unescape().strip().replaceAll("\\s*#\\s*", " › ");
        return anchor.isEmpty() ? page : page.isEmpty() ? anchor : page + " › " + anchor;
    }

    /** {@code #tag}: a link to the tag on the site's tags page, shown as written. */
    private void renderTag(Tag node, NodeRendererContext context, HtmlWriter html) {
        if (context.isDoNotRenderLinks()) {
            html.text(node.getChars().toString());
            return;
        }
        ResolvedLink link = context.resolveLink(ObsidianExtension.TAG, node.getLabel(), null);
        html.attr("href", url(link)).attr("class", "tag");
        html.srcPos(node.getChars()).withAttr(link).tag("a");
        html.text(node.getChars().toString());
        html.tag("/a");
    }

    private void renderWikiImage(WikiImage node, NodeRendererContext context, HtmlWriter html) {
        if (context.isDoNotRenderLinks()) {
            return;
        }
        String target = node.getLink().unescape();
        if (isNote(target)) {
            renderNoteEmbed(node, target, context, html);
            return;
        }
        String alt = null;
        int pipe = target.indexOf('|');
        if (pipe >= 0) { // ![[image.png|alt|300]]: the link-first syntax splits at the last pipe
            alt = target.substring(pipe + 1).strip();
            target = target.substring(0, pipe).strip();
        }
        String width = null;
        String height = null;
        if (node.getText().isNotNull()) {
            String text = node.getText().unescape();
            Matcher size = SIZE.matcher(text);
            if (size.matches()) {
                width = size.group(1);
                height = size.group(2);
            } else if (alt == null) {
                alt = text.strip();
            }
        }
        if (alt == null || alt.isEmpty()) {
            alt = target.substring(target.lastIndexOf('/') + 1);
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        ResolvedLink link = context.resolveLink(ObsidianExtension.WIKI_IMAGE, file, null);
        if (EmbeddedMedia.isPdf(file)) { // a viewer where the browser has one, else the link inside it
            String place = target.substring(file.length());
            html.attr("class", "pdf-embed").attr("data", url(link) + place).attr("type", "application/pdf")
                    .attr("aria-label", alt.equals(target) ? file : alt);
            html.srcPos(node.getChars()).withAttr(link).tag("object");
            html.attr("href", url(link)).withAttr().tag("a").text(file.substring(file.lastIndexOf('/') + 1))
                    .tag("/a");
            html.tag("/object");
            return;
        }
        if (EmbeddedMedia.element(file) == null && !EmbeddedMedia.isImage(file)) { // a zip, a csv: its link
            html.attr("href", url(link)).attr("class", "note-embed file-embed");
            html.srcPos(node.getChars()).withAttr(link).tag("a").text(alt).tag("/a");
            return;
        }
        String media = EmbeddedMedia.element(target);
        if (media != null) { // ![[aula.mp4]], ![[podcast.mp3]]: played in place, as in Obsidian
            html.attr("src", url(link)).attr("controls", "").attr("preload", "metadata").attr("title", alt);
            if (width != null) {
                html.attr("width", width);
            }
            html.srcPos(node.getChars()).withAttr(link).tag(media).tag("/" + media);
            return;
        }
        html.attr("src", url(link)).attr("alt", alt);
        if (width != null) {
            html.attr("width", width);
        }
        if (height != null) {
            html.attr("height", height);
        }
        html.srcPos(node.getChars()).withAttr(link).tagVoid("img");
    }

    /**
     * {@code ![](https://youtu.be/ID)} shows the video in Obsidian: a player here too, 16:9, loaded when scrolled to.
     * Any other image is flexmark's.
     */
    private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
        var player = context.isDoNotRenderLinks() ? null : VideoEmbeds.of(node.getUrl().unescape()).orElse(null);
        if (player == null) {
            Matcher sized = context.isDoNotRenderLinks() ? null : ALT_SIZE.matcher(node.getText().unescape());
            if (sized != null && sized.matches()) {
                renderSizedImage(node, sized, context, html);
            } else {
                context.delegateRender();
            }
            return;
        }
        String alt = node.getText().unescape().strip();
        html.attr("class", "video-embed").attr("src", player.src())
                .attr("title", alt.isEmpty() ? player.service() : alt).attr("loading", "lazy")
                .attr("allow", "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture")
                .attr("referrerpolicy", "strict-origin-when-cross-origin").attr("allowfullscreen", "");
        html.srcPos(node.getChars()).withAttr().tag("iframe").tag("/iframe");
    }

    /** {@code ![Logo|100](logo.png)}, {@code ![Logo|100x50](logo.png)}: Obsidian's width (and height) after the alt. */
    private static void renderSizedImage(Image node, Matcher sized, NodeRendererContext context, HtmlWriter html) {
        ResolvedLink link = context.resolveLink(LinkType.IMAGE, node.getUrl().unescape(), null);
        html.attr("src", url(link)).attr("alt", sized.group(1).strip()).attr("width", sized.group(2));
        if (sized.group(3) != null) {
            html.attr("height", sized.group(3));
        }
        if (node.getTitle().isNotNull() && !node.getTitle().isEmpty()) {
            html.attr("title", node.getTitle().unescape());
        }
        html.srcPos(node.getChars()).withAttr(link).tagVoid("img");
    }

    /** {@code ![[Nota]]}, {@code ![[Nota#Seção]]}, {@code ![[Nota.md]]}: a note, not a file (no other extension). */
    static boolean isNote(String target) {
        int hash = target.indexOf('#');
        int pipe = target.indexOf('|');
        int end = hash >= 0 ? hash : pipe >= 0 ? pipe : target.length();
        String file = target.substring(target.lastIndexOf('/', Math.max(end - 1, 0)) + 1, end).strip();
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.isEmpty() || extension.equals("md") || extension.equals("mdx") || extension.contains(" ");
    }

    /**
     * A note embedded in another ({@code ![[Nota#Seção]]}): a card linking to it, which the render stage replaces with
     * the note's text where it can ({@code lousa.render.NoteEmbeds}), as Obsidian shows it. The card shows the alias
     * after a pipe, else the note and section as written.
     */
    private void renderNoteEmbed(WikiImage node, String target, NodeRendererContext context, HtmlWriter html) {
        String link = target;
        String label = null;
        int pipe = target.indexOf('|');
        if (pipe >= 0) {
            link = target.substring(0, pipe).strip();
            label = target.substring(pipe + 1).strip();
        }
        if (node.getText().isNotNull() && (label == null || label.isEmpty())) {
            label = node.getText().unescape().strip();
        }
        if (label == null || label.isEmpty()) {
            // "Nota#^bloco" is the note's: a block id means nothing to the reader
            label = link.replaceFirst("#\\^.*$", "").replaceFirst("(?i)\\.mdx?(?=#|$)", "").replace("#", " › ");
        }
        ResolvedLink resolved = context.resolveLink(ObsidianExtension.WIKI_LINK, link, null);
        // data-embed: the target as written, for the render stage to put the lesson's text in place (NoteEmbeds)
        html.attr("href", url(resolved)).attr("class", "note-embed").attr("data-embed", link);
        html.srcPos(node.getChars()).withAttr(resolved).tag("a");
        html.text(label);
        html.tag("/a");
    }

    /** The resolver's url; a target no resolver knew is only made safe to put in an attribute. */
    private static String url(ResolvedLink link) {
        return link.getStatus() == LinkStatus.UNKNOWN ? link.getUrl().replace(" ", "%20") : link.getUrl();
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new ObsidianNodeRenderer(options);
        }
    }
}
