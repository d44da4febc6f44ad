package lousa.dialect.obsidian;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A {@code %%comment%%} that starts a line and may span lines and blank lines. Never rendered. */
public class Comment extends Block {

    private boolean closed;

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** False when no closing {@code %%} was found before the end of the file (or of the enclosing block). */
    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }
}
