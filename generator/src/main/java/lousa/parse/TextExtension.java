package lousa.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.parse.internal.TextRenderer;
import org.jetbrains.annotations.NotNull;

/** Renders plain text nodes the way flexmark's core renderer does, faster (see {@link TextRenderer}). */
public final class TextExtension implements HtmlRenderer.HtmlRendererExtension {

    private TextExtension() {
    }

    public static TextExtension create() {
        return new TextExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new TextRenderer.Factory());
        }
    }
}
