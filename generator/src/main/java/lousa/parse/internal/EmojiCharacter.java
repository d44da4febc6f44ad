package lousa.parse.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import lousa.parse.ValueText;
import org.jetbrains.annotations.NotNull;

/**
 * A shortcode resolved to its emoji: the node spans {@code :rocket:} in the file, and its text is the emoji. Heading
 * titles and the table of contents show it; heading ids leave it out ({@code # Pronto :rocket:} is {@code #pronto}).
 */
public final class EmojiCharacter extends ValueText {

    EmojiCharacter(BasedSequence shortcode, String emoji) {
        super(shortcode, emoji, false);
    }

    /** Writes the emoji: its characters need no escaping. */
    public static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(EmojiCharacter.class, Renderer::render));
        }

        private static void render(EmojiCharacter node, NodeRendererContext context, HtmlWriter html) {
            html.raw(node.value());
        }

        public static class Factory implements NodeRendererFactory {
            @Override
            public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
                return new Renderer();
            }
        }
    }
}
