package lousa.parse.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * A shortcode resolved to its emoji: the node spans {@code :rocket:} in the file, and its text is the emoji. Heading
 * titles and the table of contents show it; heading ids leave it out ({@code # Pronto :rocket:} is {@code #pronto}).
 */
public final class EmojiCharacter extends Node implements TextContainer {

    private final String emoji;

    EmojiCharacter(BasedSequence shortcode, String emoji) {
        super(shortcode);
        this.emoji = emoji;
    }

    public String emoji() {
        return emoji;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                               int flags, NodeVisitor nodeVisitor) {
        if ((flags & F_FOR_HEADING_ID) == 0) {
            out.append(emoji);
        }
        return false;
    }

    /** Writes the emoji: its characters need no escaping. */
    public static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(EmojiCharacter.class, Renderer::render));
        }

        private static void render(EmojiCharacter node, NodeRendererContext context, HtmlWriter html) {
            html.raw(node.emoji());
        }

        public static class Factory implements NodeRendererFactory {
            @Override
            public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
                return new Renderer();
            }
        }
    }
}
