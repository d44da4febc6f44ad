package lousa.diag;

/**
 * Where a stage reports problems about one source file. Lines are 1-based; use
 * {@code lousa.parse.LineIndex.lineOf(node)} for a flexmark node (the whole file, front matter included, is parsed).
 */
public interface Reporter {

    void report(Severity severity, int line, String message, String hint);

    default void error(int line, String message, String hint) {
        report(Severity.ERROR, line, message, hint);
    }

    default void warning(int line, String message, String hint) {
        report(Severity.WARNING, line, message, hint);
    }

    default void note(int line, String message, String hint) {
        report(Severity.NOTE, line, message, hint);
    }

    /** A reporter that drops everything; for tests and tools that do not care. */
    Reporter SILENT = (severity, line, message, hint) -> { };
}
