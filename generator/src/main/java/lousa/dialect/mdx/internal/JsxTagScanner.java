package lousa.dialect.mdx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one HTML/JSX start tag: {@code <name attr="v" attr='v' attr=v attr attr={expression} {...spread} />}.
 * Expressions are brace-balanced and may hold strings and newlines, so {@code style={{ a: '}' }}} is one value.
 */
public final class JsxTagScanner {

    public enum ValueKind { NONE, QUOTED, UNQUOTED, EXPRESSION, SPREAD }

    /**
     * @param value for QUOTED/UNQUOTED the text as written (still HTML-encoded); for EXPRESSION/SPREAD the text
     *              between the outer braces; empty for NONE
     * @param start offset of the attribute name in the scanned text
     */
    public record Attr(String name, String value, ValueKind kind, int start) {
    }

    /** @param end offset just past the closing {@code >} */
    public record Tag(String name, List<Attr> attrs, int start, int end, boolean selfClosing) {
        public boolean hasExpression() {
            return attrs.stream().anyMatch(a -> a.kind() == ValueKind.EXPRESSION || a.kind() == ValueKind.SPREAD);
        }
    }

    private JsxTagScanner() {
    }

    /** The start tag whose {@code <} is at {@code start}, or null when the text there is not one. */
    public static Tag scanStartTag(CharSequence s, int start) {
        int n = s.length();
        if (start + 1 >= n || s.charAt(start) != '<' || !isAsciiLetter(s.charAt(start + 1))) {
            return null;
        }
        int i = start + 1;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == ':' || s.charAt(i) == '.')) {
            i++;
        }
        String name = s.subSequence(start + 1, i).toString();
        List<Attr> attrs = new ArrayList<>();
        while (true) {
            int beforeSpace = i;
            i = skipSpace(s, i);
            if (i >= n) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '>') {
                return new Tag(name, attrs, start, i + 1, false);
            }
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '>') {
                return new Tag(name, attrs, start, i + 2, true);
            }
            if (i == beforeSpace) {
                return null; // attributes must be separated by space
            }
            if (c == '{') {
                int close = skipExpression(s, i);
                if (close < 0) {
                    return null;
                }
                attrs.add(new Attr("", s.subSequence(i + 1, close - 1).toString(), ValueKind.SPREAD, i));
                i = close;
                continue;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(s.charAt(i)) && "\"'>/={}<".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            if (i == nameStart) {
                return null;
            }
            String attrName = s.subSequence(nameStart, i).toString();
            int afterName = skipSpace(s, i);
            if (afterName >= n || s.charAt(afterName) != '=') {
                attrs.add(new Attr(attrName, "", ValueKind.NONE, nameStart));
                continue;
            }
            i = skipSpace(s, afterName + 1);
            if (i >= n) {
                return null;
            }
            c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int close = indexOf(s, c, i + 1);
                if (close < 0) {
                    return null;
                }
                attrs.add(new Attr(attrName, s.subSequence(i + 1, close).toString(), ValueKind.QUOTED, nameStart));
                i = close + 1;
            } else if (c == '{') {
                int close = skipExpression(s, i);
                if (close < 0) {
                    return null;
                }
                attrs.add(new Attr(attrName, s.subSequence(i + 1, close - 1).toString(), ValueKind.EXPRESSION, nameStart));
                i = close;
            } else {
                int valueStart = i;
                while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') {
                    i++;
                }
                if (i == valueStart) {
                    return null;
                }
                attrs.add(new Attr(attrName, s.subSequence(valueStart, i).toString(), ValueKind.UNQUOTED, nameStart));
            }
        }
    }

    /**
     * Offset just past the {@code >} of the end tag ({@code </name >}) or fragment end ({@code </>}) whose {@code <}
     * is at {@code start}; -1 when the text there is not one.
     */
    public static int scanEndTag(CharSequence s, int start) {
        int n = s.length();
        if (start + 2 >= n || s.charAt(start) != '<' || s.charAt(start + 1) != '/') {
            return -1;
        }
        int i = start + 2;
        if (isAsciiLetter(s.charAt(i))) {
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                i++;
            }
            i = skipSpace(s, i);
        }
        return i < n && s.charAt(i) == '>' ? i + 1 : -1;
    }

    /** Offset just past the brace matching the {@code {} at {@code open}, skipping JS strings; -1 if unbalanced. */
    static int skipExpression(CharSequence s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Offset of the closing quote of the JS string opening at {@code open}; -1 if unterminated. */
    static int skipString(CharSequence s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n' && quote != '`') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpace(CharSequence s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
