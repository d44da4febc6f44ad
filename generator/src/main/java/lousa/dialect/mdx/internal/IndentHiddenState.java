package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserPhase;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * The parser's state with the line's indent reported as none: flexmark's own heading and thematic-break factories
 * refuse four spaces of indent (CommonMark's indented code), which MDX does not have, and read nothing else of it.
 */
final class IndentHiddenState implements ParserState {

    private final ParserState state;

    IndentHiddenState(ParserState state) {
        this.state = state;
    }

    @Override
    public int getIndent() {
        return 0;
    }

    // Everything else is the real state's.

    @Override
    public BasedSequence getLine() {
        return state.getLine();
    }

    @Override
    public BasedSequence getLineWithEOL() {
        return state.getLineWithEOL();
    }

    @Override
    public int getIndex() {
        return state.getIndex();
    }

    @Override
    public int getNextNonSpaceIndex() {
        return state.getNextNonSpaceIndex();
    }

    @Override
    public int getColumn() {
        return state.getColumn();
    }

    @Override
    public boolean isBlank() {
        return state.isBlank();
    }

    @Override
    public boolean isBlankLine() {
        return state.isBlankLine();
    }

    @Override
    public BlockParser getActiveBlockParser() {
        return state.getActiveBlockParser();
    }

    @Override
    public List<BlockParser> getActiveBlockParsers() {
        return state.getActiveBlockParsers();
    }

    @Override
    public BlockParser getActiveBlockParser(Block node) {
        return state.getActiveBlockParser(node);
    }

    @Override
    public InlineParser getInlineParser() {
        return state.getInlineParser();
    }

    @Override
    public int getLineNumber() {
        return state.getLineNumber();
    }

    @Override
    public int getLineStart() {
        return state.getLineStart();
    }

    @Override
    public int getLineEolLength() {
        return state.getLineEolLength();
    }

    @Override
    public int getLineEndIndex() {
        return state.getLineEndIndex();
    }

    @Override
    public boolean endsWithBlankLine(Node block) {
        return state.endsWithBlankLine(block);
    }

    @Override
    public boolean isLastLineBlank(Node node) {
        return state.isLastLineBlank(node);
    }

    @Override
    public MutableDataHolder getProperties() {
        return state.getProperties();
    }

    @Override
    public ParserPhase getParserPhase() {
        return state.getParserPhase();
    }

    @Override
    public Parsing getParsing() {
        return state.getParsing();
    }

    @Override
    public List<BasedSequence> getLineSegments() {
        return state.getLineSegments();
    }

    @Override
    public void blockAdded(Block node) {
        state.blockAdded(node);
    }

    @Override
    public void blockAddedWithChildren(Block node) {
        state.blockAddedWithChildren(node);
    }

    @Override
    public void blockAddedWithDescendants(Block node) {
        state.blockAddedWithDescendants(node);
    }

    @Override
    public void blockRemoved(Block node) {
        state.blockRemoved(node);
    }

    @Override
    public void blockRemovedWithChildren(Block node) {
        state.blockRemovedWithChildren(node);
    }

    @Override
    public void blockRemovedWithDescendants(Block node) {
        state.blockRemovedWithDescendants(node);
    }

    @Override
    public void blockParserAdded(BlockParser blockParser) {
        state.blockParserAdded(blockParser);
    }

    @Override
    public void blockParserRemoved(BlockParser blockParser) {
        state.blockParserRemoved(blockParser);
    }
}
