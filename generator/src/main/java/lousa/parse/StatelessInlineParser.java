package lousa.parse;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import org.jetbrains.annotations.NotNull;

/**
 * An inline parser extension that keeps nothing between calls: it has nothing to finish at the end of a block or of
 * the document, so only {@link #parse} is left to write.
 */
public abstract class StatelessInlineParser implements InlineParserExtension {

    @Override
    public final void finalizeDocument(@NotNull InlineParser inlineParser) {
    }

    @Override
    public final void finalizeBlock(@NotNull InlineParser inlineParser) {
    }
}
