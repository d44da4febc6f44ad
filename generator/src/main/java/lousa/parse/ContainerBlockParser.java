package lousa.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A block that holds other blocks, as a block quote does: the dialects' admonitions and callouts, and Docusaurus's
 * {@code mdx-code-block} fences. A subclass says only where it goes on ({@code tryContinue}); its lines are parsed
 * as blocks inside it, and its text is theirs once it closes.
 *
 * @param <B> the node it makes
 */
public abstract class ContainerBlockParser<B extends Block> extends AbstractBlockParser {

    protected final B block;
    private BlockContent content = new BlockContent();

    protected ContainerBlockParser(B block) {
        this.block = block;
    }

    @Override
    public final Block getBlock() {
        return block;
    }

    @Override
    public final boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public final void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        block.setCharsFromContent();
        content = null;
    }
}
