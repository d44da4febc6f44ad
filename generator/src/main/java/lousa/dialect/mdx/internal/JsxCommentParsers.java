package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.mdx.JsxComment;
import lousa.dialect.mdx.JsxInlineComment;
import lousa.parse.ClosingLineBlockParser;
import lousa.parse.IndependentBlockParserFactory;
import lousa.parse.IndependentInlineParserFactory;
import lousa.parse.StatelessInlineParser;
import org.jetbrains.annotations.NotNull;

/**
 * MDX comments, {@code {/* … *}{@code /}}: a line that starts with one opens a {@link JsxComment} that ends on the
 * line holding the close, blank lines included; one inside a paragraph is a {@link JsxInlineComment}. An opening with
 * no close anywhere after it is left as text (MDX would not compile it; hiding the rest of the lesson would be worse).
 */
public final class JsxCommentParsers {

    static final String OPEN = "{/*";
    static final String CLOSE = "*/}";

    private JsxCommentParsers() {
    }

    private static BlockStart comment(boolean closed, ParserState state) {
        return BlockStart.of(new ClosingLineBlockParser(new JsxComment(), CLOSE, closed, ignored -> { }))
                .atIndex(state.getLineEndIndex());
    }

    public static class BlockFactory extends IndependentBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence line = state.getLine();
                    int start = state.getNextNonSpaceIndex();
                    if (state.getIndent() >= 4 || start >= line.length() || line.charAt(start) != '{'
                            || !line.subSequence(start).startsWith(OPEN)) {
                        return BlockStart.none();
                    }
                    int close = line.indexOf(CLOSE, start + OPEN.length());
                    if (close >= 0) { // one line: a comment block if nothing follows, else the inline parser's
                        return line.subSequence(close + CLOSE.length()).isBlank() ? comment(true, state)
                                : BlockStart.none();
                    }
                    BasedSequence all = line.getBaseSequence();
                    if (all.indexOf(CLOSE, line.getEndOffset()) < 0) {
                        return BlockStart.none();
                    }
                    return comment(false, state);
                }
            };
        }
    }

    /** The comment inside a paragraph (it may span the paragraph's lines). */
    public static final class InlineParserExt extends StatelessInlineParser {

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
