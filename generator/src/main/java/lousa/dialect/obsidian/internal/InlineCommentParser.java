package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.obsidian.InlineComment;
import lousa.parse.StatelessInlineParser;
import org.jetbrains.annotations.NotNull;

import lousa.parse.IndependentInlineParserFactory;

/** {@code %%text%%} inside a paragraph (it may span its lines) becomes an {@link InlineComment}. */
public class InlineCommentParser extends StatelessInlineParser {

    @Override
    public boolean parse(@NotNull LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start + 1 >= input.length() || input.charAt(start + 1) != '%') {
            return false;
        }
        int close = input.indexOf("%%", start + 2);
        if (close < 0) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new InlineComment(input.subSequence(start, close + 2)));
        parser.setIndex(close + 2);
        return true;
    }

    public static class Factory extends IndependentInlineParserFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "%";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser lightInlineParser) {
            return new InlineCommentParser();
        }
    }
}
