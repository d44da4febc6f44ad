package lousa.render;

import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import lousa.diag.Severity;

/**
 * flexmark's hook into link resolution: every link, image, wiki link and embed of a lesson goes through
 * {@link LinkTargets}, and comes out as a relative URL or a reported problem with its line.
 */
public final class LessonLinkResolver implements LinkResolver {

    /** Prefix of the URL given to images that do not exist; {@link MissingImagePass} replaces them. */
    public static final String MISSING = "lousa-missing:";

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        LinkContext ctx = RenderKeys.LINKS.get(context.getDocument());
        if (ctx == null) {
            return link;
        }
        LinkTarget target;
        boolean image = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF
                || node instanceof WikiImage;
        if (node instanceof WikiImage wiki) {
            target = ctx.targets().resolveEmbed(ctx.lesson(), wikiTarget(wiki));
        } else if (node instanceof WikiNode wiki) {
            ctx.targets().nameKey(wikiTarget(wiki)).ifPresent(name -> ctx.lookups().add(LinkContext.name(name)));
            target = ctx.targets().resolveWiki(ctx.lesson(), wikiTarget(wiki));
        } else {
            target = ctx.targets().resolve(ctx.lesson(), link.getUrl(), image);
        }
        int line = lousa.parse.LineIndex.lineOf(node);
        if (target instanceof LinkTarget.External) {
            return link.withStatus(LinkStatus.VALID);
        }
        if (target instanceof LinkTarget.Page page) {
            if (!page.anchor().isEmpty()) {
                ctx.lookups().add(LinkContext.anchor(page.lesson().key(), page.anchor()));
            }
            String anchor = page.anchor().isEmpty() ? "" : "#" + page.anchor();
            String url = page.lesson().equals(ctx.lesson()) && !anchor.isEmpty() && isLessonPage(ctx)
                    ? anchor : SitePaths.relative(ctx.pagePath(), page.lesson().path()) + anchor;
            return link.withStatus(LinkStatus.VALID).withUrl(url);
        }
        if (target instanceof LinkTarget.Media media) {
            ctx.media().add(media.contentPath());
            return link.withStatus(LinkStatus.VALID)
                    .withUrl(SitePaths.relative(ctx.pagePath(), MediaFiles.sitePath(media.contentPath())));
        }
        LinkTarget.Missing missing = (LinkTarget.Missing) target;
        ctx.reporter().report(missing.image() ? Severity.WARNING : Severity.ERROR, line, missing.message(),
                missing.hint());
        return image
                ? link.withStatus(LinkStatus.NOT_FOUND).withUrl(MISSING + link.getUrl())
                : link.withStatus(LinkStatus.NOT_FOUND);
    }

    private static boolean isLessonPage(LinkContext ctx) {
        return ctx.pagePath().equals(ctx.lesson().path());
    }

    /** The raw target of a wiki node ("Pasted image 1.png", "Nota#Título"), before flexmark's URL escaping. */
    private static String wikiTarget(WikiNode wiki) {
        String page = wiki.getPageRef().toString();
        String anchor = wiki.getAnchorRef().toString();
        return anchor.isEmpty() ? page : page + "#" + anchor;
    }

    /** Registers the resolver with flexmark; one resolver serves every document (state lives on the document). */
    public static final class Factory implements LinkResolverFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new LessonLinkResolver();
        }
    }
}
