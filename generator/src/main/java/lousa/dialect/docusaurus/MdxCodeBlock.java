package lousa.dialect.docusaurus;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * A code fence whose language is {@code mdx-code-block}, which Docusaurus unwraps: its lines are read as the lesson's
 * own markdown and MDX ({@code <Tabs>} and their code blocks, say), so a file stays readable in tools that know no
 * MDX and shows the components on the site. Its children are what the fence holds; it draws nothing of its own.
 */
public class MdxCodeBlock extends Block {

    private BasedSequence openingMarker = BasedSequence.NULL;
    private BasedSequence closingMarker = BasedSequence.NULL;

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, closingMarker};
    }

    @Override
    public void getAstExtra(@NotNull StringBuilder out) {
        segmentSpanChars(out, openingMarker, "open");
        segmentSpanChars(out, closingMarker, "close");
    }

    public void setOpeningMarker(BasedSequence openingMarker) {
        this.openingMarker = openingMarker;
    }

    public void setClosingMarker(BasedSequence closingMarker) {
        this.closingMarker = closingMarker;
    }
}
