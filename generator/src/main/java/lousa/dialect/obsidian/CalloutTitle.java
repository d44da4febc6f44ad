package lousa.dialect.obsidian;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** The title of a {@link Callout}; its children are the inline markdown of the title. */
public class CalloutTitle extends Node {

    public CalloutTitle(BasedSequence chars) {
        super(chars);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
