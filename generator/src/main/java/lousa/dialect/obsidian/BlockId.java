package lousa.dialect.obsidian;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * Obsidian's block id: {@code ^id} at the end of a paragraph or list item, which {@code [[Nota#^id]]} links to.
 * Obsidian hides it; the page makes it the block's anchor, {@code #^id}.
 */
public class BlockId extends Node {

    public BlockId(BasedSequence chars) {
        super(chars);
    }

    /** The id without its caret: {@code "ref1"} for {@code ^ref1}. */
    public String getId() {
        return getChars().subSequence(1).toString();
    }

    /** The anchor the block gets, as Obsidian links to it: {@code "^ref1"}. */
    public String getAnchor() {
        return getChars().toString();
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
