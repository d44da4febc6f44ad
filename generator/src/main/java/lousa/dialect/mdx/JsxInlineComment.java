package lousa.dialect.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** An MDX comment inside a paragraph, {@code texto {/* nota *}{@code /} texto}. Never rendered. */
public class JsxInlineComment extends Node {

    public JsxInlineComment(BasedSequence chars) {
        super(chars);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
