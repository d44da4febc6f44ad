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
 * A line that starts with a tag carrying JSX attributes ({@code <img style={{…}} />}) opens an {@link HtmlBlock}
 * up to the next blank line, as CommonMark does for HTML it recognises; CommonMark itself would see text there.
 * It does not interrupt a paragraph (the inline parser handles JSX tags inside paragraphs).
 */
public class JsxBlockParser extends AbstractBlockParser {

    private final HtmlBlock block = new HtmlBlock();
    private BlockContent content = new BlockContent();

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return state.isBlank() ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
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

    public static class Factory extends IndependentBlockParserFactory {
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
                    if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser()
                            || start >= line.length() || line.charAt(start) != '<') {
                        return BlockStart.none();
                    }
                    BasedSequence base = line.getBaseSequence();
                    JsxTagScanner.Tag tag = JsxTagScanner.scanStartTag(base, line.getIndexOffset(start));
                    if (tag == null || !tag.hasExpression()) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new JsxBlockParser()).atIndex(state.getIndex());
                }
            };
        }
    }
}
