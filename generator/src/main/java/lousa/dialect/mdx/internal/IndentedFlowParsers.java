package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lousa.parse.IndependentBlockParserFactory;
import org.jetbrains.annotations.NotNull;

/**
 * MDX has no indented code, so it lets a fence, a heading or a rule start at any indent, as under a tag:
 * <pre>
 * &lt;TabItem value="py"&gt;
 *     ```python
 *     print("oi")
 *     ```
 * &lt;/TabItem&gt;
 * </pre>
 * Flexmark's own parsers stop at four spaces (CommonMark's indented code), and these take over from there, in
 * {@code .mdx} files only. A fence's lines lose as many spaces as its opening line had, as in MDX, and it closes
 * at any indent.
 */
public final class IndentedFlowParsers {

    private static final int CODE_INDENT = 4;

    private IndentedFlowParsers() {
    }

    /** A fenced code block opened at four spaces of indent or more. */
    public static final class FenceFactory extends IndependentBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    return state.getIndent() < CODE_INDENT ? BlockStart.none() : IndentedFence.start(state);
                }
            };
        }
    }

    /** An ATX heading at four spaces of indent or more: flexmark's own, asked with the indent hidden. */
    public static final class HeadingFactory extends IndependentBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return hidingIndent(new HeadingParser.Factory().apply(options), options);
        }
    }

    /** A thematic break ({@code ---}) at four spaces of indent or more, likewise. */
    public static final class ThematicBreakFactory extends IndependentBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return hidingIndent(new ThematicBreakParser.Factory().apply(options), options);
        }
    }

    private static BlockParserFactory hidingIndent(BlockParserFactory core, DataHolder options) {
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                return state.getIndent() < CODE_INDENT ? BlockStart.none()
                        : core.tryStart(new IndentHiddenState(state), matched);
            }
        };
    }

    /** Flexmark's fence, told its indent, and closed by a fence line at any indent. */
    private static final class IndentedFence extends FencedCodeBlockParser {

        private static final Pattern OPENING = Pattern.compile("^`{3,}(?!.*`)|^~{3,}(?!.*~)");
        private static final Pattern CLOSING = Pattern.compile("^(?:`{3,}|~{3,})(?=[ \t]*$)");

        private final char fenceChar;
        private final int fenceLength;
        private final boolean matchingCloser;

        private IndentedFence(DataHolder options, char fenceChar, int fenceLength, int indent, int markerIndex) {
            super(options, fenceChar, fenceLength, indent, markerIndex);
            this.fenceChar = fenceChar;
            this.fenceLength = fenceLength;
            this.matchingCloser = Parser.MATCH_CLOSING_FENCE_CHARACTERS.get(options);
        }

        static BlockStart start(ParserState state) {
            int next = state.getNextNonSpaceIndex();
            BasedSequence marker = state.getLine().subSequence(next);
            Matcher matcher = OPENING.matcher(marker);
            if (!matcher.find()) {
                return BlockStart.none();
            }
            int length = matcher.end();
            IndentedFence fence = new IndentedFence(state.getProperties(), marker.charAt(0), length,
                    state.getIndent(), next);
            ((FencedCodeBlock) fence.getBlock()).setOpeningMarker(marker.subSequence(0, length));
            return BlockStart.of(fence).atIndex(next + length);
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() >= CODE_INDENT) {
                BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
                Matcher matcher = CLOSING.matcher(rest);
                if (matcher.find() && matcher.end() >= fenceLength && (!matchingCloser || rest.charAt(0) == fenceChar)) {
                    ((FencedCodeBlock) getBlock()).setClosingMarker(rest.subSequence(0, matcher.end()));
                    return BlockContinue.finished();
                }
            }
            return super.tryContinue(state);
        }
    }
}
