package lousa.parse;

import lousa.parse.internal.FrontMatterScanner;

import java.util.Optional;

/**
 * Finds front matter that is opened on line 1 but never closed. The parser then treats the {@code ---} as a
 * thematic break and the keys as text, so the build must say why the page has no title.
 */
public final class FrontMatterCheck {

    public static final String UNCLOSED = "front matter opened here is never closed";
    public static final String UNCLOSED_HINT = "add a line with '---' after the last key";

    /** A problem with the front matter; {@code line} is 1-based. */
    public record Problem(int line, String message, String hint) {
    }

    private FrontMatterCheck() {
    }

    public static Optional<Problem> check(CharSequence text) {
        if (FrontMatterScanner.scan(text).state() == FrontMatterScanner.State.UNCLOSED) {
            return Optional.of(new Problem(1, UNCLOSED, UNCLOSED_HINT));
        }
        return Optional.empty();
    }

    /** True when the file starts with closed front matter that the parser turns into a front matter block. */
    public static boolean hasFrontMatter(CharSequence text) {
        return FrontMatterScanner.scan(text).state() == FrontMatterScanner.State.CLOSED;
    }
}
