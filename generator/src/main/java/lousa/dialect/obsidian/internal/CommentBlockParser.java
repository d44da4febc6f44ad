package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.obsidian.Comment;
import org.jetbrains.annotations.NotNull;

import lousa.parse.ClosingLineBlockParser;
import lousa.parse.IndependentBlockParserFactory;

/**
 * A line that starts with {@code %%} opens a comment that ends on the line holding the next {@code %%}, blank lines
 * included. A line that is a whole {@code %%…%%} is a one-line comment; {@code %%…%%} followed by text is left to
 * the inline parser.
 */
public final class CommentBlockParser {

    private CommentBlockParser() {
    }

    private static ClosingLineBlockParser comment(boolean closed) {
        Comment comment = new Comment();
        return new ClosingLineBlockParser(comment, "%%", closed, comment::setClosed);
    }

    public static class Factory extends IndependentBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence line = state.getLine();
                    int start = state.getNextNonSpaceIndex();
                    if (state.getIndent() >= 4 || !line.subSequence(start).startsWith("%%")) {
                        return BlockStart.none();
                    }
                    int close = line.indexOf("%%", start + 2);
                    if (close < 0) {
                        return BlockStart.of(comment(false)).atIndex(state.getLineEndIndex());
                    }
                    if (line.subSequence(close + 2).isBlank()) {
                        return BlockStart.of(comment(true)).atIndex(state.getLineEndIndex());
                    }
                    return BlockStart.none();
                }
            };
        }
    }
}
