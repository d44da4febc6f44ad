package lousa.render.tabs;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import lousa.labs.LessonBlocks;

/**
 * Marks, in the HTML, the {@code <pre>} of each {@code ```python} fence with its ordinal in the lesson
 * ({@code data-lab-example="3"}) and the {@code <pre>} of each printed-output block with the example it belongs to
 * ({@code data-lab-output="5"}), so {@link LabTabs} finds them by the AST, not by guessing in the HTML. Only
 * documents carrying {@link LessonBlocks#KEY} (set when the build has labs) are marked; {@link LabTabs} removes
 * the attributes again.
 */
public final class LabBlockAttributes implements AttributeProvider {

    public static final String EXAMPLE = "data-lab-example";
    public static final String OUTPUT = "data-lab-output";

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof FencedCodeBlock) || part != AttributablePart.NODE) {
            return;
        }
        Document document = node.getDocument();
        LessonBlocks blocks = document == null ? null : LessonBlocks.KEY.get(document);
        if (blocks == null) {
            return;
        }
        Integer example = blocks.pythonByNode().get(node);
        if (example != null) {
            attributes.replaceValue(EXAMPLE, String.valueOf(example));
        }
        Integer output = blocks.outputByNode().get(node);
        if (output != null) {
            attributes.replaceValue(OUTPUT, String.valueOf(output));
        }
    }

    /** For {@code HtmlRenderer.Builder.attributeProviderFactory}. */
    public static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new LabBlockAttributes();
        }
    }
}
