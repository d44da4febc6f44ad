package lousa.dialect.obsidian;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A {@code %%comment%%} inside a paragraph. Never rendered. */
public class InlineComment extends Node {

    public InlineComment(BasedSequence chars) {
        super(chars);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
