package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.obsidian.Comment;
import org.jetbrains.annotations.NotNull;

import lousa.parse.IndependentBlockParserFactory;

/**
 * A line that starts with {@code %%} opens a comment that ends on the line holding the next {@code %%}, blank lines
 * included. A line that is a whole {@code %%…%%} is a one-line comment; {@code %%…%%} followed by text is left to
 * the inline parser.
 */
public class CommentBlockParser extends AbstractBlockParser {

    private final Comment block = new Comment();
    private BlockContent content = new BlockContent();

    CommentBlockParser(boolean closed) {
        block.setClosed(closed);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.isClosed()) {
            return BlockContinue.none();
        }
        if (state.getLine().indexOf("%%", state.getIndex()) >= 0) {
            block.setClosed(true);
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        block.setCharsFromContent();
        content = null;
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
                        return BlockStart.of(new CommentBlockParser(false)).atIndex(state.getLineEndIndex());
                    }
                    if (line.subSequence(close + 2).isBlank()) {
                        return BlockStart.of(new CommentBlockParser(true)).atIndex(state.getLineEndIndex());
                    }
                    return BlockStart.none();
                }
            };
        }
    }
}
