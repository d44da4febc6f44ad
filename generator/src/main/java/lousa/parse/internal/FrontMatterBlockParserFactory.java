package lousa.parse.internal;

import com.vladsch.flexmark.ext.yaml.front.matter.internal.YamlFrontMatterBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.DocumentBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import org.jetbrains.annotations.NotNull;

import lousa.parse.IndependentBlockParserFactory;

/**
 * Starts flexmark's own YAML front matter parser, but only where {@link FrontMatterScanner} found closed front
 * matter on line 1: flexmark's factory also opens on a {@code ---} after blank lines and swallows the file when
 * the closing fence is missing.
 */
public class FrontMatterBlockParserFactory extends IndependentBlockParserFactory {
    @Override
    public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                if (state.getLineNumber() != 0 || !(matched.getBlockParser() instanceof DocumentBlockParser)
                        || matched.getBlockParser().getBlock().getFirstChild() != null) {
                    return BlockStart.none();
                }
                FrontMatterScanner.Result scan = FrontMatterScanner.scan(state.getLine().getBaseSequence());
                if (scan.state() != FrontMatterScanner.State.CLOSED) {
                    return BlockStart.none();
                }
                return BlockStart.of(new YamlFrontMatterBlockParser()).atIndex(state.getNextNonSpaceIndex());
            }
        };
    }
}
