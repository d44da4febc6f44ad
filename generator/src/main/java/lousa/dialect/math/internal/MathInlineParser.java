package lousa.dialect.math.internal;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.math.InlineMath;
import lousa.parse.StatelessInlineParser;
import org.jetbrains.annotations.NotNull;
import lousa.parse.IndependentInlineParserFactory;

/**
 * {@code $x^2$} and {@code $$x^2$$} inside a paragraph (they may span its lines). Pandoc's rules keep prices prose:
 * the opening {@code $} has a non-space after it; the closing one has a non-space before it and no digit after it.
 * A {@code \$} inside math is a dollar sign.
 */
public class MathInlineParser extends StatelessInlineParser {

    @Override
    public boolean parse(@NotNull LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
        int from = start + (display ? 2 : 1);
        if (from >= input.length() || Character.isWhitespace(input.charAt(from)) || input.charAt(from) == '$') {
            return false;
        }
        int close = display ? closingPair(input, from) : closing(input, from);
        if (close < 0) {
            return false;
        }
        int end = close + (display ? 2 : 1);
        parser.flushTextNode();
        parser.getBlock().appendChild(new InlineMath(input.subSequence(start, end), input.subSequence(from, close),
                display));
        parser.setIndex(end);
        return true;
    }

    /** The closing {@code $} of inline math whose TeX starts at {@code from}, or -1. */
    static int closing(CharSequence input, int from) {
        for (int i = from + 1; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++; // \$ and \\ are TeX
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(input.charAt(i - 1));
                boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                if (!spaceBefore && !digitAfter) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The closing {@code $$} of display math whose TeX starts at {@code from}, or -1. */
    static int closingPair(CharSequence input, int from) {
        for (int i = from; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && input.charAt(i + 1) == '$') {
                return i;
            }
        }
        return -1;
    }

    public static class Factory extends IndependentInlineParserFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "$";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser lightInlineParser) {
            return new MathInlineParser();
        }
    }
}
