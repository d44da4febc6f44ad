package lousa.dialect.docusaurus.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.docusaurus.Admonition;
import lousa.dialect.docusaurus.AdmonitionTitle;
import org.jetbrains.annotations.NotNull;

import java.util.List;
import lousa.parse.CodeIndent;
import lousa.parse.ContainerBlockParser;
import lousa.parse.IndependentBlockParserFactory;

/**
 * A fenced container: opens on {@code :::kind}, {@code :::kind[Title]} or {@code :::kind Title}, closes on a line
 * of at least as many colons. A closing line goes to the innermost open admonition with exactly that many colons,
 * else the innermost one it can close; a {@code :::} inside a fenced code block is code, not a fence.
 */
public class AdmonitionBlockParser extends ContainerBlockParser<Admonition> {

    private final int fenceLength;
    private boolean hadClose;

    AdmonitionBlockParser(BasedSequence fence, BasedSequence kind, BasedSequence title) {
        super(new Admonition());
        this.fenceLength = fence.length();
        block.setOpeningMarker(fence);
        block.setKind(kind);
        block.setTitle(title);
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (hadClose) {
            return BlockContinue.none();
        }
        int index = state.getIndex();
        int closing = closingFenceLength(state);
        if (closing < fenceLength || state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock) {
            return BlockContinue.atIndex(index);
        }
        boolean deferExact = false;
        boolean deferAny = false;
        List<BlockParser> active = state.getActiveBlockParsers();
        for (int i = active.indexOf(this) + 1; i < active.size(); i++) {
            if (active.get(i) instanceof AdmonitionBlockParser inner && !inner.hadClose && closing >= inner.fenceLength) {
                deferAny = true;
                deferExact |= closing == inner.fenceLength;
            }
        }
        if (deferExact || (deferAny && closing != fenceLength)) {
            return BlockContinue.atIndex(index);
        }
        hadClose = true;
        int start = state.getNextNonSpaceIndex();
        block.setClosingMarker(state.getLine().subSequence(start, start + closing));
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    /** Colons on a line that holds only colons (at most 3 spaces of indent, but in MDX), or 0. */
    private static int closingFenceLength(ParserState state) {
        if (!CodeIndent.opensBlocks(state.getIndent(), state.getProperties())) {
            return 0;
        }
        BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEnd();
        int colons = rest.countLeading(c -> c == ':');
        return colons >= 3 && colons == rest.length() ? colons : 0;
    }

    @Override
    public void closeBlock(ParserState state) {
        super.closeBlock(state);
        if (block.getTitle().isNotNull()) {
            block.prependChild(new AdmonitionTitle(block.getTitle()));
        }
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (block.getFirstChild() instanceof AdmonitionTitle title) {
            inlineParser.parse(title.getChars(), title);
        }
    }

    public static class Factory extends IndependentBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new BlockFactory(options);
        }
    }

    private static class BlockFactory extends AbstractBlockParserFactory {
        BlockFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (!CodeIndent.opensBlocks(state.getIndent(), state.getProperties())) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            int i = start;
            while (i < line.length() && line.charAt(i) == ':') {
                i++;
            }
            if (i - start < 3 || i >= line.length() || !Character.isLetter(line.charAt(i))) {
                return BlockStart.none();
            }
            BasedSequence fence = line.subSequence(start, i);
            int kindStart = i;
            while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-' || line.charAt(i) == '_')) {
                i++;
            }
            BasedSequence kind = line.subSequence(kindStart, i);
            BasedSequence title = BasedSequence.NULL;
            if (i < line.length() && line.charAt(i) == '[') {
                int close = matchingBracket(line, i);
                if (close < 0) {
                    return BlockStart.none();
                }
                title = line.subSequence(i + 1, close).trim();
            } else if (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                BasedSequence rest = line.subSequence(i).trim();
                if (rest.endsWith("}") && rest.lastIndexOf('{') >= 0) {
                    rest = rest.subSequence(0, rest.lastIndexOf('{')).trim();
                }
                if (!rest.isEmpty()) {
                    title = rest;
                }
            } else if (i < line.length() && line.charAt(i) != '{') {
                return BlockStart.none();
            }
            if (title.isNotNull() && title.isEmpty()) {
                title = BasedSequence.NULL;
            }
            return BlockStart.of(new AdmonitionBlockParser(fence, kind, title)).atIndex(state.getLineEndIndex());
        }

        /** Index of the {@code ]} matching the {@code [} at {@code open}, honouring nesting and backslashes; -1 if none. */
        private static int matchingBracket(BasedSequence line, int open) {
            int depth = 0;
            for (int i = open; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
