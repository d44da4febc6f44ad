package lousa.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import org.jetbrains.annotations.NotNull;

/**
 * A node that spans some syntax in the file and stands for a text that differs from it (an emoji for
 * {@code :rocket:}, {@code <} for MDX's {@code {'<'}}): heading titles, the table of contents and leads show that text.
 */
public abstract class ValueText extends Node implements TextContainer {

    private final String value;
    private final boolean inHeadingIds;

    /** @param inHeadingIds whether flexmark's heading ids are made with the text too, or leave it out */
    protected ValueText(BasedSequence chars, String value, boolean inHeadingIds) {
        super(chars);
        this.value = value;
        this.inHeadingIds = inHeadingIds;
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
        if (inHeadingIds || (flags & F_FOR_HEADING_ID) == 0) {
            out.append(value);
        }
        return false;
    }
}
