package lousa.parse.internal;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationRepository;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.parse.IndependentBlockParserFactory;
import org.jetbrains.annotations.NotNull;

/**
 * An abbreviation definition, {@code *[HTML]: HyperText Markup Language}, as flexmark's own block parser reads it,
 * into flexmark's {@link AbbreviationBlock} and repository, so its renderer and text pass work unchanged.
 *
 * <p>Why not flexmark's parser (0.64.8): it takes the marker's offsets from the start of the line and applies them to
 * the line cut at its first non-blank. An indented definition then reads the wrong characters: {@code  *[HTML]: …}
 * defined "ML]:" and, inside a list item, {@code *[HTML]: …} threw {@code StringIndexOutOfBoundsException} and
 * stopped the build. Its greedy pattern also ran to the last {@code ]:} of the line.
 */
public final class AbbreviationDefinitionParser extends AbstractBlockParser {

    private final AbbreviationBlock block = new AbbreviationBlock();

    private AbbreviationDefinitionParser(BasedSequence line, int start, int close) {
        block.setOpeningMarker(line.subSequence(start, start + 2));
        block.setText(line.subSequence(start + 2, close).trim());
        block.setClosingMarker(line.subSequence(close, close + 2));
        block.setAbbreviation(line.subSequence(close + 2).trim());
        block.setCharsFromContent();
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
        AbbreviationRepository abbreviations = AbbreviationExtension.ABBREVIATIONS.get(state.getProperties());
        abbreviations.put(abbreviations.normalizeKey(block.getText()), block);
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        // the definition is not shown, and its expansion is a tooltip: plain text
    }

    /** A container, as flexmark's: the whole line is consumed at the start, so no line is ever added to it. */
    @Override
    public boolean isContainer() {
        return true;
    }

    /**
     * Where the {@code ]:} that closes the name starts, or -1 when the line from {@code start} is no definition: a
     * name of one or more characters other than {@code ]}, not all blank, as PHP Markdown Extra and MkDocs' abbr
     * take it.
     */
    static int closeOf(BasedSequence line, int start) {
        if (!line.subSequence(start).startsWith("*[")) {
            return -1;
        }
        int close = line.indexOf(']', start + 2);
        if (close < 0 || close + 1 >= line.length() || line.charAt(close + 1) != ':') {
            return -1;
        }
        return line.subSequence(start + 2, close).isBlank() ? -1 : close;
    }

    public static class Factory extends IndependentBlockParserFactory {
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
                    int close = closeOf(line, start);
                    if (close < 0) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new AbbreviationDefinitionParser(line, start, close)).atIndex(line.length());
                }
            };
        }
    }
}
