package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.mdx.JsxComment;
import lousa.dialect.mdx.JsxInlineComment;
import lousa.parse.IndependentBlockParserFactory;
import lousa.parse.IndependentInlineParserFactory;
import org.jetbrains.annotations.NotNull;

/**
 * MDX comments, {@code {/* … *}{@code /}}: a line that starts with one opens a {@link JsxComment} that ends on the line
 * holding the close, blank lines included; one inside a paragraph is a {@link JsxInlineComment}. An opening with no
 * close anywhere after it is left as text (MDX would not compile it; hiding the rest of the lesson would be worse).
 */
public final class JsxCommentParsers {

    static final String OPEN = "{/*";
    static final String CLOSE = "*/}";

    private JsxCommentParsers() {
    }

    /** The block comment. */
    public static final class BlockParser extends AbstractBlockParser {

        private final JsxComment block = new JsxComment();
        private BlockContent content = new BlockContent();
        private boolean closed;

        BlockParser(boolean closed) {
            this.closed = closed;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (closed) {
                return BlockContinue.none();
            }
            if (state.getLine().indexOf(CLOSE, state.getIndex()) >= 0) {
                closed = true;
            }
            return BlockContinue.atIndex(state.getIndex());
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
    }

    public static class BlockFactory extends IndependentBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence line = state.getLine();
                    int start = state.getNextNonSpaceIndex();
                    if (state.getIndent() >= 4 || !line.subSequence(start).startsWith(OPEN)) {
                        return BlockStart.none();
                    }
                    int close = line.indexOf(CLOSE, start + OPEN.length());
                    if (close >= 0) { // one line: a comment block if nothing follows, else the inline parser's
                        return line.subSequence(close + CLOSE.length()).isBlank()
                                ? BlockStart.of(new BlockParser(true)).atIndex(state.getLineEndIndex())
                                : BlockStart.none();
                    }
                    BasedSequence all = line.getBaseSequence();
                    if (all.indexOf(CLOSE, line.getEndOffset()) < 0) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new BlockParser(false)).atIndex(state.getLineEndIndex());
                }
            };
        }
    }

    /** The comment inside a paragraph (it may span the paragraph's lines). */
    public static final class InlineParserExt implements InlineParserExtension {
        @Override
        public void finalizeDocument(@NotNull InlineParser inlineParser) {
        }

        @Override
        public void finalizeBlock(@NotNull InlineParser inlineParser) {
        }

        @Override
        public boolean parse(@NotNull LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int start = parser.getIndex();
            if (!input.subSequence(start).startsWith(OPEN)) {
                return false;
            }
            int close = input.indexOf(CLOSE, start + OPEN.length());
            if (close < 0) {
                return false;
            }
            parser.flushTextNode();
            parser.getBlock().appendChild(new JsxInlineComment(input.subSequence(start, close + CLOSE.length())));
            parser.setIndex(close + CLOSE.length());
            return true;
        }
    }

    public static class InlineFactory extends IndependentInlineParserFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "{";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser lightInlineParser) {
            return new InlineParserExt();
        }
    }
}
