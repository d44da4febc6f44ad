package lousa.dialect.mdx;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.parse.ValueText;

/**
 * An MDX expression whose value is text: a string literal ({@code {'<'}}, {@code {" "}}, {@code {`x`}}) or a number
 * ({@code {2024}}), the way MDX writes what markdown would read as syntax. Rendered as that text; headings' titles
 * show it too.
 */
public class JsxTextExpression extends ValueText {

    public JsxTextExpression(BasedSequence chars, String value) {
        super(chars, value, true);
    }
}
