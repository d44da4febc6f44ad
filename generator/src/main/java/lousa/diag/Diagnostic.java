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
        out.append(": ").append(severity.label()).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(" — ").append(hint);
        }
        return out.toString();
    }
}
