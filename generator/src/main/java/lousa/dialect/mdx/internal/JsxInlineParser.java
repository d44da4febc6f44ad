package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.parse.StatelessInlineParser;
import org.jetbrains.annotations.NotNull;

import lousa.parse.IndependentInlineParserFactory;

/** A tag with JSX attributes inside a paragraph becomes an {@link HtmlInline}; other tags are left to CommonMark. */
public class JsxInlineParser extends StatelessInlineParser {

    @Override
    public boolean parse(@NotNull LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        JsxTagScanner.Tag tag = JsxTagScanner.scanStartTag(input, parser.getIndex());
        if (tag == null || !tag.hasExpression()) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new HtmlInline(input.subSequence(tag.start(), tag.end())));
        parser.setIndex(tag.end());
        return true;
    }

    public static class Factory extends IndependentInlineParserFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "<";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser lightInlineParser) {
            return new JsxInlineParser();
        }
    }
}
