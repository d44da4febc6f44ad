package lousa.site;

import java.nio.charset.StandardCharsets;

/**
 * A stylesheet as the site serves it: without its comments and the indentation and blank lines between rules, which
 * the reader's browser does not need (the theme's CSS: 14.8 KB compressed with them, 11.8 without). Strings stay as
 * written, so a {@code /*} inside one is text; a comment that opens with {@code /*!} stays, as minifiers keep
 * licences. The rules themselves are not rewritten: white space inside a line is kept, and nothing is merged.
 */
public final class StylesheetText {

    private StylesheetText() {
    }

    /** {@link #compact(String)} of a UTF-8 file's bytes. */
    public static byte[] compact(byte[] css) {
        return compact(new String(css, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code css} without comments, leading white space on its lines, and empty lines. */
    public static String compact(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean lineStart = true;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (lineStart && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2; // unclosed: CSS reads it to the end of the file
                if (i + 2 < css.length() && css.charAt(i + 2) == '!') {
                    out.append(css, i, end);
                    lineStart = false;
                }
                i = end;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = stringEnd(css, i);
                out.append(css, i, end);
                lineStart = false;
                i = end;
                continue;
            }
            out.append(c);
            lineStart = c == '\n';
            i++;
        }
        return out.toString();
    }

    /** Just past the string that opens at {@code open}: its closing quote, or the line break that ends it unclosed. */
    private static int stringEnd(String css, int open) {
        char quote = css.charAt(open);
        int i = open + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2; // an escape, an escaped line break included
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i; // CSS ends an unclosed string at the line break
            } else {
                i++;
            }
        }
        return css.length();
    }
}
