package lousa.parse;

import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import lousa.dialect.obsidian.ObsidianExtension;
import org.jetbrains.annotations.NotNull;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract with the integrator: wiki targets reach a custom LinkResolver raw, with our link types. */
class WikiLinkResolutionTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    @Test
    void wikiTargetsReachTheResolverRaw() {
        List<String> seen = new ArrayList<>();
        LinkResolver resolver = (node, context, link) -> {
            if (link.getLinkType() == ObsidianExtension.WIKI_LINK && node instanceof WikiLink) {
                seen.add("link " + link.getUrl());
                return link.withStatus(LinkStatus.VALID).withUrl("notes/" + link.getUrl().replace("#", ".html#"));
            }
            if (link.getLinkType() == ObsidianExtension.WIKI_IMAGE && node instanceof WikiImage) {
                seen.add("image " + link.getUrl());
                return link.withStatus(LinkStatus.VALID).withUrl("assets/" + link.getUrl());
            }
            return link;
        };
        HtmlRenderer renderer = PARSER.rendererBuilder().linkResolverFactory(factory(resolver)).build();

        String html = renderer.render(PARSER.parse("[[Note#Heading|alias]] ![[Pasted image 1.png|300]]\n"));

        assertEquals(List.of("link Note#Heading", "image Pasted image 1.png"), seen);
        assertEquals("<p><a href=\"notes/Note.html#Heading\">alias</a>"
                + " <img src=\"assets/Pasted image 1.png\" alt=\"Pasted image 1.png\" width=\"300\" /></p>\n", html);
    }

    private static LinkResolverFactory factory(LinkResolver resolver) {
        return new LinkResolverFactory() {
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
            public @NotNull LinkResolver apply(@NotNull LinkResolverBasicContext context) {
                return resolver;
            }
        };
    }

}
