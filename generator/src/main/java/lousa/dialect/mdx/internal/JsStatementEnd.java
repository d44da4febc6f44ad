package lousa.dialect.mdx.internal;

/**
 * Where a piece of JavaScript (with JSX) is finished: every bracket it opens is closed, and no template literal or
 * block comment is left open. MDX reads an {@code export} until a blank line where the code parses; Lousa runs no
 * JavaScript parser, and this is the part of that test that decides where a statement ends.
 *
 * <p>One pass over the text, asked at growing offsets, so that looking for the end over a long file stays linear. A
 * quote not closed on its own line is an apostrophe in JSX text ({@code <p>It's</p>}), not a string.
 */
final class JsStatementEnd {

    private final CharSequence code;
    private int at;
    private int depth;
    /** A template literal or block comment that never closes: nothing after it is finished. */
    private boolean unclosed;

    /** @param start where the statement begins in {@code code} */
    JsStatementEnd(CharSequence code, int start) {
        this.code = code;
        this.at = start;
    }

    /** Whether the statement is finished at offset {@code end} (at or after the previous offset asked). */
    boolean finishedAt(int end) {
        while (at < end && !unclosed) {
            step();
        }
        return !unclosed && at == end && depth <= 0;
    }

    /** Reads one character, or the whole string, template or comment that starts with it. */
    private void step() {
        int n = code.length();
        char c = code.charAt(at);
        switch (c) {
            case '(', '[', '{' -> depth++;
            case ')', ']', '}' -> depth--;
            case '"', '\'' -> {
                int close = JsxTagScanner.skipString(code, at);
                at = close < 0 ? at : close;
            }
            case '`' -> at = closedAt(JsxTagScanner.skipString(code, at));
            case '/' -> {
                if (at + 1 < n && code.charAt(at + 1) == '/') {
                    while (at + 1 < n && code.charAt(at + 1) != '\n') {
                        at++;
                    }
                } else if (at + 1 < n && code.charAt(at + 1) == '*') {
                    at = closedAt(blockCommentEnd(at + 2));
                }
            }
            default -> {
            }
        }
        at++;
    }

    /** The offset of a construct's last character; marks the statement unclosed when there is none. */
    private int closedAt(int last) {
        if (last < 0) {
            unclosed = true;
            return code.length();
        }
        return last;
    }

    private int blockCommentEnd(int from) {
        for (int i = from; i + 1 < code.length(); i++) {
            if (code.charAt(i) == '*' && code.charAt(i + 1) == '/') {
                return i + 1;
            }
        }
        return -1;
    }
}
