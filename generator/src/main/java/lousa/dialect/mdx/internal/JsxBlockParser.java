package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import java.util.Set;
import lousa.parse.IndependentBlockParserFactory;

/**
 * An {@link HtmlBlock} of JSX, in one of two ways:
 * <ul>
 *   <li>{@link Factory}, in {@code .md} files: a line that starts with a tag carrying JSX attributes
 *   ({@code <img style={{…}} />}) opens a block up to the next blank line, as CommonMark does for HTML it recognises
 *   (CommonMark itself would see text there). It does not interrupt a paragraph: the inline parser handles JSX tags
 *   inside paragraphs.</li>
 *   <li>{@link FlowFactory}, in {@code .mdx} files: the lines of tags only, each a block of its own
 *   ({@link JsxFlowLines}).</li>
 * </ul>
 */
public class JsxBlockParser extends AbstractBlockParser {

    private static final int TO_BLANK_LINE = -1;

    private final HtmlBlock block = new HtmlBlock();
    private final int end;
    private BlockContent content = new BlockContent();

    /** @param end offset in the file that the block's last line holds, or {@link #TO_BLANK_LINE} */
    private JsxBlockParser(int end) {
        this.end = end;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        boolean more = end == TO_BLANK_LINE ? !state.isBlank() : state.getLine().getStartOffset() < end;
        return more ? BlockContinue.atIndex(state.getIndex()) : BlockContinue.none();
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

    /** Runs before CommonMark's HTML blocks, which would otherwise take the line; {@link #start} decides. */
    private abstract static class BeforeHtmlBlocks extends IndependentBlockParserFactory {
        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class);
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence line = state.getLine();
                    int start = state.getNextNonSpaceIndex();
                    if (start >= line.length() || line.charAt(start) != '<') {
                        return BlockStart.none();
                    }
                    JsxBlockParser parser = start(state, matched, line.getBaseSequence(), line.getIndexOffset(start));
                    return parser == null ? BlockStart.none() : BlockStart.of(parser).atIndex(state.getIndex());
                }
            };
        }

        /** The parser of the block whose first tag's {@code <} is at {@code at} in {@code file}; null for none. */
        abstract JsxBlockParser start(ParserState state, MatchedBlockParser matched, BasedSequence file, int at);
    }

    public static class Factory extends BeforeHtmlBlocks {
        @Override
        JsxBlockParser start(ParserState state, MatchedBlockParser matched, BasedSequence file, int at) {
            if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser()) {
                return null;
            }
            JsxTagScanner.Tag tag = JsxTagScanner.scanStartTag(file, at);
            return tag == null || !tag.hasExpression() ? null : new JsxBlockParser(TO_BLANK_LINE);
        }
    }

    public static class FlowFactory extends BeforeHtmlBlocks {
        @Override
        JsxBlockParser start(ParserState state, MatchedBlockParser matched, BasedSequence file, int at) {
            int end = JsxFlowLines.tagsOnlyLineEnd(file, at);
            return end < 0 ? null : new JsxBlockParser(end);
        }
    }
}
