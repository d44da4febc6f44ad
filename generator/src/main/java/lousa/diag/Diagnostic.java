package lousa.diag;

/**
 * One problem found in the content, printed like a compiler message:
 * {@code path:line:col: error: what — hint}.
 *
 * @param file   path as shown to the user (relative to the working directory when possible)
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint) {

    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            out.append(':').append(Math.max(column, 1));
        }
        out.append(": ").append(severity.label()).append(": ").append(oneLine(message));
        if (hint != null && !hint.isBlank()) {
            out.append(" — ").append(oneLine(hint));
        }
        return out.toString();
    }

    /**
     * The text with its line breaks and other control characters written as escapes ({@code \n}, {@code \u0007}):
     * a message quotes the author's text (a slug written as a YAML block, a title with a tab), and one message is
     * one line, for the reader and for tools that read the build's output line by line.
     */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
