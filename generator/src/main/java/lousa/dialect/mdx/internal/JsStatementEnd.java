package lousa.dialect.mdx.internal;

/**
 * Whether a piece of JavaScript (with JSX) is finished: every bracket it opens is closed, and no template literal or
 * block comment is left open. MDX reads an {@code export} until a blank line where the code parses; Lousa runs no
 * JavaScript parser, and this is the part of that test that decides where a statement ends.
 *
 * <p>A quote not closed on its own line is an apostrophe in JSX text ({@code <p>It's</p>}), not a string.
 */
final class JsStatementEnd {

    private JsStatementEnd() {
    }

    static boolean finished(String code) {
        int depth = 0;
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case '"', '\'' -> {
                    int end = JsxTagScanner.skipString(code, i);
                    i = end < 0 ? i : end;
                }
                case '`' -> {
                    i = JsxTagScanner.skipString(code, i);
                    if (i < 0) {
                        return false;
                    }
                }
                case '/' -> {
                    if (i + 1 < n && code.charAt(i + 1) == '/') {
                        int end = code.indexOf('\n', i);
                        i = end < 0 ? n : end;
                    } else if (i + 1 < n && code.charAt(i + 1) == '*') {
                        i = code.indexOf("*/", i + 2);
                        if (i < 0) {
                            return false;
                        }
                        i++;
                    }
                }
                default -> {
                }
            }
        }
        return depth <= 0;
    }
}
