package lousa.dialect.obsidian;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** An Obsidian tag in the text, {@code #asyncio}: a link to the site's list of the lessons with that tag. */
public class Tag extends Node implements TextContainer {

    public Tag(BasedSequence chars) {
        super(chars);
    }

    /** The tag without its {@code #}: {@code "asyncio"}. */
    public String getLabel() {
        return getChars().subSequence(1).toString();
    }

    /** A heading's text (and id) and the search text keep the tag as written. */
    @Override
    public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                               int flags, NodeVisitor nodeVisitor) {
        out.append(getChars());
        return false;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
