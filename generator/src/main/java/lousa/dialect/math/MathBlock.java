package lousa.dialect.math;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A {@code $$ … $$} block: the TeX between the markers, over one or more lines. */
public class MathBlock extends Block {

    private String tex = "";
    private boolean closed;

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public String getTex() {
        return tex;
    }

    public void setTex(String tex) {
        this.tex = tex;
    }

    /** False when no closing {@code $$} came before the end of the file (or of the enclosing block). */
    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }
}
