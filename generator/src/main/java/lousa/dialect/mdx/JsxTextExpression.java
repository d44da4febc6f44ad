package lousa.dialect.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import org.jetbrains.annotations.NotNull;

/**
 * An MDX expression whose value is text: a string literal ({@code {'<'}}, {@code {" "}}, {@code {`x`}}) or a number
 * ({@code {2024}}), the way MDX writes what markdown would read as syntax. Rendered as that text; headings' titles
 * show it too.
 */
public class JsxTextExpression extends Node implements TextContainer {

    private final String value;

    public JsxTextExpression(BasedSequence chars, String value) {
        super(chars);
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                               int flags, NodeVisitor nodeVisitor) {
        out.append(value);
        return false;
    }
}
