package lousa.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark's autolinks (bare {@code https://…}, {@code www.…} and e-mail addresses become links), run only on the
 * text nodes that could hold one. flexmark's post-processor unescapes every text node and runs a link extractor and
 * a regex over it; in prose almost no node has a link, and that was 7% of a build. A link needs "://", "www." or
 * "@" in the text (or an entity or escape that could spell one), so a node without any of them is left alone.
 */
public final class SelectiveAutolinkExtension implements Parser.ParserExtension {

    private SelectiveAutolinkExtension() {
    }

    public static SelectiveAutolinkExtension create() {
        return new SelectiveAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the text may contain a link the extractor would find. */
    static boolean mayHaveLink(BasedSequence chars) {
        String text = SourceText.of(chars);
        if (text != null) {
            return mayHaveLink(text, chars.getStartOffset(), chars.getEndOffset());
        }
        return mayHaveLink(chars.toString(), 0, chars.length());
    }

    /** Over a String: its charAt is a direct call. */
    private static boolean mayHaveLink(String chars, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars.charAt(i);
            if (c == '@' || c == '&' || c == '\\') {
                return true;
            }
            if (c == ':' && i + 2 < end && chars.charAt(i + 1) == '/' && chars.charAt(i + 2) == '/') {
                return true;
            }
            if ((c == '.') && i >= start + 3 && (chars.charAt(i - 1) | 0x20) == 'w'
                    && (chars.charAt(i - 2) | 0x20) == 'w' && (chars.charAt(i - 3) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Filtered extends NodePostProcessor {
        private final NodePostProcessor delegate;

        Filtered(NodePostProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public void process(@NotNull NodeTracker state, @NotNull Node node) {
            // The delegate also joins a text node with following typographic text; the typographic extension is
            // not used here, so a node's own characters decide.
            if (mayHaveLink(node.getChars())) {
                delegate.process(state, node);
            }
        }
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @NotNull
        @Override
        public NodePostProcessor apply(@NotNull Document document) {
            return new Filtered(new AutolinkNodePostProcessor(document));
        }
    }
}
