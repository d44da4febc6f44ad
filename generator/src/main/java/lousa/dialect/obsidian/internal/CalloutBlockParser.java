package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.obsidian.Callout;
import lousa.dialect.obsidian.CalloutTitle;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lousa.parse.ContainerBlockParser;
import lousa.parse.IndependentBlockParserFactory;

/**
 * A block quote whose first line is {@code > [!kind]±? Title}. Continues like a block quote (lines starting with
 * {@code >}, plus lazy paragraph lines). Tried before the core block quote parser.
 */
public class CalloutBlockParser extends ContainerBlockParser<Callout> {

    private static final Pattern MARKER = Pattern.compile("(\\[!([A-Za-z][\\w-]*)])([+-]?)[ \\t]*(.*?)[ \\t]*");


    CalloutBlockParser(BasedSequence marker, BasedSequence kind, BasedSequence fold, BasedSequence title) {
        super(new Callout());
        block.setMarker(marker);
        block.setKind(kind);
        block.setFold(fold);
        block.setTitle(title);
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        int next = state.getNextNonSpaceIndex();
        BasedSequence line = state.getLine();
        if (!state.isBlank() && state.getIndent() < 4 && line.charAt(next) == '>') {
            int column = state.getColumn() + state.getIndent() + 1;
            if (next + 1 < line.length() && (line.charAt(next + 1) == ' ' || line.charAt(next + 1) == '\t')) {
                column++;
            }
            return BlockContinue.atColumn(column);
        }
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
        super.closeBlock(state);
        if (block.getTitle().isNotNull()) {
            block.prependChild(new CalloutTitle(block.getTitle()));
        }
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (block.getFirstChild() instanceof CalloutTitle title) {
            inlineParser.parse(title.getChars(), title);
        }
    }

    public static class Factory extends IndependentBlockParserFactory {
        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(BlockQuoteParser.Factory.class);
        }

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
            int next = state.getNextNonSpaceIndex();
            BasedSequence line = state.getLine();
            if (state.getIndent() >= 4 || next >= line.length() || line.charAt(next) != '>') {
                return BlockStart.none();
            }
            int start = next + 1;
            while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
                start++;
            }
            BasedSequence rest = line.subSequence(start);
            Matcher m = MARKER.matcher(rest);
            if (!m.matches()) {
                return BlockStart.none();
            }
            BasedSequence title = m.end(4) > m.start(4) ? rest.subSequence(m.start(4), m.end(4)) : BasedSequence.NULL;
            BasedSequence fold = m.end(3) > m.start(3) ? rest.subSequence(m.start(3), m.end(3)) : BasedSequence.NULL;
            return BlockStart.of(new CalloutBlockParser(rest.subSequence(m.start(1), m.end(1)),
                            rest.subSequence(m.start(2), m.end(2)), fold, title))
                    .atIndex(state.getLineEndIndex());
        }
    }
}
