package lousa.render;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Heading ids are settled while parsing (so links between lessons can be checked before rendering);
 * this tells flexmark's renderer to use them instead of generating its own.
 */
public final class PresetHeadingIds implements HeaderIdGeneratorFactory {

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return create();
    }

    @Override
    public HtmlIdGenerator create() {
        return new HtmlIdGenerator() {
            @Override
            public void generateIds(Document document) {
                // already assigned by LessonParser
            }

            @Override
            public String getId(Node node) {
                return node instanceof AnchorRefTarget target && !target.getAnchorRefId().isEmpty()
                        ? target.getAnchorRefId() : null;
            }

            @Override
            public String getId(CharSequence text) {
                return lousa.parse.HeadingSlugger.slugify(text.toString());
            }
        };
    }
}
