package lousa.dialect.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * An MDX comment, {@code {/* … *}{@code /}}, that starts a line and may span lines and blank lines. Never rendered.
 */
public class JsxComment extends Block {

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
