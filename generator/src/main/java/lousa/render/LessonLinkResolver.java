package lousa.render;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import lousa.diag.Reporter;
import lousa.diag.Severity;
import lousa.dialect.Tags;
import lousa.parse.DocumentKeys;
import lousa.parse.LineIndex;

/**
 * flexmark's hook into link resolution: every link, image, wiki link and embed of a lesson goes through
 * {@link LinkTargets}, and comes out as a relative URL or a reported problem with its line. A lesson drafted before
 * the course is planned gets placeholders instead, resolved here later ({@link DeferredLinks}).
 */
public final class LessonLinkResolver implements LinkResolver {

    /** Prefix of the URL given to images that do not exist; {@link MissingImagePass} replaces them. */
    public static final String MISSING = "lousa-missing:";

    /** What a link resolves to: the URL to write, and whether anything is there. */
    record Resolution(String url, boolean found) {
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
            // A reference no "[ref]: url" defines: flexmark shows an unknown one as the text it is, as CommonMark
            // says ("[sic]", "[opcional]"). Only "[texto][ref]", which can only mean a link, is worth a word.
            if (node instanceof RefNode ref && !ref.isReferenceTextCombined()) {
                LinkContext ctx = RenderKeys.LINKS.get(context.getDocument());
                Reporter reporter = ctx != null ? ctx.reporter() : DocumentKeys.REPORTER.get(context.getDocument());
                if (reporter != null) {
                    reporter.warning(LineIndex.lineOf(node), "reference [" + ref.getReference() + "] is not defined,"
                            + " so the text stays as written", "add a line '[" + ref.getReference() + "]: url' to the"
                            + " lesson, or write the link as [text](url)");
                }
            }
            return link;
        }
        LinkContext ctx = RenderKeys.LINKS.get(context.getDocument());
        if (ctx != null) {
            Resolution resolution = resolve(LinkRequest.of(node, link), ctx);
            return link.withStatus(resolution.found() ? LinkStatus.VALID : LinkStatus.NOT_FOUND)
                    .withUrl(resolution.url());
        }
        DeferredLinks deferred = DeferredLinks.KEY.get(context.getDocument());
        if (deferred != null) {
            // Any status but UNKNOWN renders the same (flexmark writes the status in no attribute), as long as the
            // URL is not empty: a placeholder never is, nor is a resolved URL.
            return link.withStatus(LinkStatus.VALID).withUrl(deferred.defer(LinkRequest.of(node, link)));
        }
        return link;
    }

    /**
     * Resolves one link of the lesson of {@code ctx} against the course: the media it uses and the lessons it finds
     * are noted on {@code ctx}, and a link that goes nowhere is reported with its line.
     */
    static Resolution resolve(LinkRequest request, LinkContext ctx) {
        if (request.kind() == LinkRequest.Kind.TAG) {
            // A tag only unlisted lessons have has no section on the tags page: it stays a label (MissingImagePass).
            return new Resolution(!ctx.targets().tagPlaced(request.target()) ? MISSING + request.url()
                    : SitePaths.relative(ctx.pagePath(), Tags.PAGE) + "#" + Tags.slug(request.target()), true);
        }
        LinkTarget target = switch (request.kind()) {
            case WIKI_EMBED -> ctx.targets().resolveEmbed(ctx.lesson(), request.target());
            case WIKI_LINK, NOTE_EMBED -> {
                ctx.targets().nameKey(request.target()).ifPresent(name -> ctx.lookups().add(LinkContext.name(name)));
                yield ctx.targets().resolveWiki(ctx.lesson(), request.target(),
                        request.kind() == LinkRequest.Kind.NOTE_EMBED ? "![[" : "[[");
            }
            case URL -> ctx.targets().resolve(ctx.lesson(), request.target(), request.image());
            case TAG -> throw new IllegalStateException("a tag is resolved above");
        };
        if (target instanceof LinkTarget.External) {
            return new Resolution(request.url(), true);
        }
        if (target instanceof LinkTarget.WebImage web) {
            if (web.problem() != null) {
                ctx.reporter().warning(request.line(), "could not download the image " + web.url() + ": "
                        + web.problem() + "; the page shows it from the web, and the offline copy lacks it",
                        "fix the address, or save the image beside the lesson and link to the file");
            }
            return new Resolution(web.sitePath() == null ? request.url()
                    : SitePaths.relative(ctx.pagePath(), web.sitePath()), true);
        }
        if (target instanceof LinkTarget.Page page) {
            if (!page.anchor().isEmpty()) {
                ctx.lookups().add(LinkContext.anchor(page.lesson().key(), page.anchor()));
            }
            String anchor = page.anchor().isEmpty() ? "" : "#" + SitePaths.fragment(page.anchor());
            // A partial's "#seção" is a place on the page it lands on: it has no page of its own.
            String url = page.lesson().equals(ctx.lesson()) && !anchor.isEmpty()
                    && (isLessonPage(ctx) || Partials.isPartial(ctx.lesson()))
                    ? anchor : SitePaths.relative(ctx.pagePath(), page.lesson().path()) + anchor;
            return new Resolution(url, true);
        }
        if (target instanceof LinkTarget.SitePage site) {
            return new Resolution(SitePaths.relative(ctx.pagePath(), site.sitePath()), true);
        }
        if (target instanceof LinkTarget.Media media) {
            ctx.media().add(media.contentPath());
            return new Resolution(SitePaths.relative(ctx.pagePath(), MediaFiles.sitePath(media.contentPath())), true);
        }
        LinkTarget.Missing missing = (LinkTarget.Missing) target;
        ctx.reporter().report(missing.image() ? Severity.WARNING : Severity.ERROR, request.line(), missing.message(),
                missing.hint());
        return new Resolution(request.image() ? MISSING + request.url() : request.url(), false);
    }

    private static boolean isLessonPage(LinkContext ctx) {
        return ctx.pagePath().equals(ctx.lesson().path());
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
