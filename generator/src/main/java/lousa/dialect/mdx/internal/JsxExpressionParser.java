package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.mdx.JsxTextExpression;
import lousa.parse.IndependentInlineParserFactory;
import lousa.parse.ParseProblems;
import lousa.parse.StatelessInlineParser;
import org.jetbrains.annotations.NotNull;

/**
 * MDX expressions in an {@code .mdx} file's text, {@code {…}}: a string literal or a number is its value
 * ({@link JsxTextExpression}); anything else stays as typed, braces and all, with a warning, since Lousa runs no
 * JavaScript. Comments ({@code {/* … *}{@code /}}) are {@link JsxCommentParsers}'; a brace with no match stays text.
 */
public final class JsxExpressionParser extends StatelessInlineParser {

    static final String NOT_RUN = "MDX expression %s is shown as typed: Lousa does not run JavaScript";
    static final String NOT_RUN_HINT = "write its value, or \\{ for a literal brace";
    /** Longer expressions are warned about cut to this many characters. */
    private static final int SHOWN = 40;

    @Override
    public boolean parse(@NotNull LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (input.subSequence(start).startsWith(JsxCommentParsers.OPEN)
                || start + 1 < input.length() && input.charAt(start + 1) == '#') {
            return false; // a comment, or a heading's {#id}, which Docusaurus reads in MDX too
        }
        int close = JsxTagScanner.skipExpression(input, start) - 1;
        if (close < 0) {
            return false;
        }
        String expression = input.subSequence(start + 1, close).toString().strip();
        String value = value(expression);
        parser.flushTextNode();
        BasedSequence chars = input.subSequence(start, close + 1);
        if (value == null) {
            String shown = expression.length() <= SHOWN ? expression : expression.substring(0, SHOWN) + "…";
            ParseProblems.warning(parser.getDocument(), chars.getStartOffset(),
                    String.format(NOT_RUN, "{" + shown + "}"), NOT_RUN_HINT);
            parser.getBlock().appendChild(new Text(chars)); // all of it: JavaScript, not markdown or more braces
        } else {
            parser.getBlock().appendChild(new JsxTextExpression(chars, value));
        }
        parser.setIndex(close + 1);
        return true;
    }

    /** The text an expression stands for: one string literal (a template one without ${…}) or a number; else null. */
    static String value(String expression) {
        if (expression.matches("-?\\d+(\\.\\d+)?")) {
            return expression;
        }
        if (expression.length() < 2 || "'\"`".indexOf(expression.charAt(0)) < 0
                || JsxTagScanner.skipString(expression, 0) != expression.length() - 1) {
            return null;
        }
        char quote = expression.charAt(0);
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < expression.length() - 1; i++) {
            char c = expression.charAt(i);
            if (c == '$' && quote == '`' && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                return null; // an interpolation: JavaScript to run
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            JsEscapes.Escape escape = JsEscapes.at(expression, ++i);
            if (escape.made() == null) {
                value.append(expression.charAt(i));
            } else {
                value.append(escape.made());
                i = escape.end() - 1;
            }
        }
        return value.toString();
    }

    public static class Factory extends IndependentInlineParserFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "{";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser lightInlineParser) {
            return new JsxExpressionParser();
        }
    }
}
