package lousa.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.parse.internal.CodeBlockRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * Renders code blocks for the site: a {@code language-X} class and {@code data-lang} for the highlighter,
 * no-break spaces replaced (with a note), and {@code mermaid} fences as {@code <pre class="mermaid">}.
 */
public final class CodeBlockExtension implements HtmlRenderer.HtmlRendererExtension {

    private CodeBlockExtension() {
    }

    public static CodeBlockExtension create() {
        return new CodeBlockExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new CodeBlockRenderer.Factory());
        }
    }
}
