package lousa.dialect.docusaurus.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import lousa.dialect.docusaurus.MdxCodeBlock;
import lousa.parse.ContainerBlockParser;
import lousa.parse.IndependentBlockParserFactory;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * {@link MdxCodeBlock}: a container that opens on a fence of three or more backticks or tildes whose info string's
 * first word is {@code mdx-code-block}, and closes where that fence would close, on a line of at least as many of the
 * same character (the first one, as in CommonMark: an inner code block takes a shorter fence, as Docusaurus's own
 * docs write it). Unclosed, it runs to the end of its parent, as a fence does.
 */
public class MdxCodeBlockParser extends ContainerBlockParser<MdxCodeBlock> {

    static final String LANGUAGE = "mdx-code-block";

    private final char fenceChar;
    private final int fenceLength;
    private boolean closed;

    MdxCodeBlockParser(BasedSequence fence) {
        super(new MdxCodeBlock());
        this.fenceChar = fence.charAt(0);
        this.fenceLength = fence.length();
        block.setOpeningMarker(fence);
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        int start = state.getNextNonSpaceIndex();
        if (state.getIndent() < 4) {
            int end = start;
            while (end < line.length() && line.charAt(end) == fenceChar) {
                end++;
            }
            if (end - start >= fenceLength && line.subSequence(end).isBlank()) {
                closed = true;
                block.setClosingMarker(line.subSequence(start, end));
                return BlockContinue.atIndex(state.getLineEndIndex());
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    public static class Factory extends IndependentBlockParserFactory {
        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(FencedCodeBlockParser.Factory.class);
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4) {
                        return BlockStart.none();
                    }
                    BasedSequence line = state.getLine();
                    int start = state.getNextNonSpaceIndex();
                    char c = start < line.length() ? line.charAt(start) : 0;
                    if (c != '`' && c != '~') {
                        return BlockStart.none();
                    }
                    int end = start;
                    while (end < line.length() && line.charAt(end) == c) {
                        end++;
                    }
                    String info = line.subSequence(end).trim().toString();
                    if (end - start < 3 || !(info.equals(LANGUAGE) || info.startsWith(LANGUAGE + " "))) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new MdxCodeBlockParser(line.subSequence(start, end)))
                            .atIndex(state.getLineEndIndex());
                }
            };
        }
    }
}
