package lousa.dialect.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** MDX {@code import …}/{@code export …} statements: a top-level paragraph that starts with one. Never rendered. */
public class EsmBlock extends Block {

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
