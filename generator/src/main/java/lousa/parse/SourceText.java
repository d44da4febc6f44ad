package lousa.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The file's own String behind a flexmark sequence. Most nodes' characters, and most paragraphs' lines, are one
 * stretch of the file; reading them from the String is a direct call per character, where the sequence's
 * {@code charAt} is an interface call that the build's C1 compiler does not inline. Hot scans use this.
 */
public final class SourceText {

    private SourceText() {
    }

    /**
     * The String the sequence is a stretch of, so that its index {@code i} is the String's
     * {@code chars.getStartOffset() + i}; null when the sequence is joined from several places (a list item's lines,
     * a quote's) or not read from a String. flexmark reads a NUL as U+FFFD: callers that care map it.
     */
    public static String of(BasedSequence chars) {
        return chars instanceof SubSequence && chars.getBase() instanceof String text ? text : null;
    }
}
