package lousa.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Runs flexmark's processor over the document's text nodes, in document order, as flexmark's post-processor
     * manager would; but as a document post-processor, so flexmark does not first classify every node of the
     * document (a walk that indexes each node's type and ancestors) only to hand this the text nodes, and the
     * processor (its link extractor) is made only for a document with a text node that may hold a link.
     */
    private static final class Selective extends DocumentPostProcessor {

        @Override
        public @NotNull Document processDocument(@NotNull Document document) {
            List<Node> candidates = new ArrayList<>();
            collect(document, candidates);
            if (candidates.isEmpty()) {
                return document;
            }
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            for (Node text : candidates) {
                if (text.getParent() != null) { // not replaced by an earlier node's links
                    autolinks.process(IgnoredNodeTracker.INSTANCE, text);
                }
            }
            return document;
        }

        /**
         * The text nodes that may hold a link, depth first: the order flexmark's classifier lists them in. The
         * processor also joins a text node with following typographic text; the typographic extension is not
         * used here, so a node's own characters decide.
         */
        private static void collect(Node node, List<Node> out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text && mayHaveLink(child.getChars())) {
                    out.add(child);
                }
                if (child.hasChildren()) {
                    collect(child, out);
                }
            }
        }
    }

    private static final class Factory extends DocumentPostProcessorFactory {

        @NotNull
        @Override
        public DocumentPostProcessor apply(@NotNull Document document) {
            return new Selective();
        }
    }
}
