package lousa.dialect.docusaurus;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** The title of an {@link Admonition}; its children are the inline markdown of the title. */
public class AdmonitionTitle extends Node {

    public AdmonitionTitle(BasedSequence chars) {
        super(chars);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
