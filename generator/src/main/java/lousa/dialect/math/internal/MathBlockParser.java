package lousa.dialect.math.internal;

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
import lousa.dialect.math.MathBlock;
import org.jetbrains.annotations.NotNull;
import lousa.parse.CodeIndent;
import lousa.parse.IndependentBlockParserFactory;

/**
 * A line that starts with {@code $$} opens display math, closed by the next line that ends with {@code $$} (blank
 * lines inside are TeX too). {@code $$ x^2 $$} alone on a line is a one-line block; {@code $$x$$} followed by text
 * is left to the inline parser.
 */
public class MathBlockParser extends AbstractBlockParser {

    private final MathBlock block = new MathBlock();
    private BlockContent content = new BlockContent();
    private final StringBuilder tex = new StringBuilder();

    MathBlockParser(String firstLine, boolean closed) {
        tex.append(firstLine);
        block.setClosed(closed);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return block.isClosed() ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
        if (content.getLineCount() == 1) {
            return; // the opening line: its TeX came with the start
        }
        String text = line.toString().stripTrailing();
        if (text.endsWith("$$")) {
            text = text.substring(0, text.length() - 2);
            block.setClosed(true);
        }
        if (!tex.isEmpty() || !text.isBlank()) {
            tex.append(tex.isEmpty() ? "" : "\n").append(text);
        }
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        block.setCharsFromContent();
        block.setTex(tex.toString().strip());
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
                    if (!CodeIndent.opensBlocks(state.getIndent(), options) || !line.subSequence(start).startsWith("$$")) {
                        return BlockStart.none();
                    }
                    String rest = line.subSequence(start + 2).toString().strip();
                    int close = MathInlineParser.closingPair(rest, 0);
                    if (close < 0) {
                        return BlockStart.of(new MathBlockParser(rest, false)).atIndex(state.getLineEndIndex());
                    }
                    if (close + 2 == rest.length()) {
                        return BlockStart.of(new MathBlockParser(rest.substring(0, close), true))
                                .atIndex(state.getLineEndIndex());
                    }
                    return BlockStart.none(); // $$x$$ and then text: inline math in a paragraph
                }
            };
        }
    }
}
