package lousa.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.function.Consumer;

/**
 * A block that takes every line, blank ones included, up to the line holding its closing marker: the comments that
 * may span paragraphs (Obsidian's {@code %% … %%}, MDX's {@code {/* … *}{@code /}}). A block opened and closed on its
 * first line ends there.
 */
public final class ClosingLineBlockParser extends AbstractBlockParser {

    private final Block block;
    private final String close;
    private final Consumer<Boolean> closedState;
    private BlockContent content = new BlockContent();
    private boolean closed;

    /**
     * @param closed      whether the first line already closed it
     * @param closedState told whether the block is closed, now and when it closes (an unclosed one may be reported)
     */
    public ClosingLineBlockParser(Block block, String close, boolean closed, Consumer<Boolean> closedState) {
        this.block = block;
        this.close = close;
        this.closed = closed;
        this.closedState = closedState;
        closedState.accept(closed);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        if (state.getLine().indexOf(close, state.getIndex()) >= 0) {
            closed = true;
            closedState.accept(true);
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
}
