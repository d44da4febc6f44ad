package lousa.dialect.math;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** {@code $x^2$} in a line, or {@code $$x^2$$} (shown on a line of its own). */
public class InlineMath extends Node {

    private final BasedSequence tex;
    private final boolean display;

    public InlineMath(BasedSequence chars, BasedSequence tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    public BasedSequence getTex() {
        return tex;
    }

    /** Written with {@code $$}: typeset as display math. */
    public boolean isDisplay() {
        return display;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {tex};
    }
}
