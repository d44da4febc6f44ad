package lousa.dialect.docusaurus;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * An explicit heading id, {@code ## Título {#meu-id}} (Docusaurus, and MkDocs' and Pandoc's attribute syntax): the
 * last child of its heading, which takes the id instead of one made from its text. Never rendered.
 */
public class HeadingId extends Node {

    public HeadingId(BasedSequence chars) {
        super(chars);
    }

    /** The id without its braces and hash: {@code "meu-id"} for {@code {#meu-id}}. */
    public String getId() {
        return getChars().subSequence(2, getChars().length() - 1).toString();
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
