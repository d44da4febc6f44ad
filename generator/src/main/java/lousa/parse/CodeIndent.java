package lousa.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * The indent at which a line stops opening blocks: four spaces in CommonMark, where it is indented code; none in
 * MDX, which has no indented code and lets a block start at any indent (under a tag). The dialects' own block
 * parsers ask here instead of writing 4.
 */
public final class CodeIndent {

    private static final int COMMONMARK = 4;

    private CodeIndent() {
    }

    /** Whether a line indented {@code indent} columns may open (or close) a block, given the parser's options. */
    public static boolean opensBlocks(int indent, DataHolder options) {
        return indent < COMMONMARK || !Parser.INDENTED_CODE_BLOCK_PARSER.get(options);
    }
}
