package lousa.dialect.marp;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * Marp's fragmented list (Marpit's {@code fragment} plugin): on a slide, the items of a bullet list written with
 * {@code *} and of an ordered list written with {@code 1)} appear one at a time as the presenter advances. Such an
 * item's {@code <li>} gets {@code data-marpit-fragment}, as Marpit writes it; the deck numbers them per slide and
 * its script reveals them. Only slides are marked ({@link #SLIDE} on the document being rendered): in a lesson,
 * {@code *} is just another bullet.
 */
public final class FragmentedListExtension implements HtmlRenderer.HtmlRendererExtension {

    /** Set on the document a slide is rendered from. */
    public static final DataKey<Boolean> SLIDE = new DataKey<>("LOUSA_MARP_SLIDE", false);
    /** The attribute Marpit puts on each fragment, and that Marp CLI's presentation script looks for. */
    public static final String ATTRIBUTE = "data-marpit-fragment";

    private FragmentedListExtension() {
    }

    public static FragmentedListExtension create() {
        return new FragmentedListExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return FragmentedListExtension::mark;
            }
        });
    }

    private static void mark(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof ListItem item
                && (part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM)
                && fragmented(item.getOpeningMarker())) {
            Document document = node.getDocument();
            if (document != null && SLIDE.get(document)) {
                attributes.replaceValue(ATTRIBUTE, "");
            }
        }
    }

    /** {@code *} of a bullet list, {@code )} after an ordered list's number: Marpit's fragmented markers. */
    static boolean fragmented(BasedSequence marker) {
        int length = marker.length();
        if (length == 0) {
            return false;
        }
        char last = marker.charAt(length - 1);
        return last == ')' || (last == '*' && length == 1);
    }
}
