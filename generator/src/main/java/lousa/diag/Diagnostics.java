package lousa.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a build so they are printed together, sorted, once. Thread-safe. */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    /** Adds a diagnostic; the same message for the same place is kept once (renderers may visit a node twice). */
    public synchronized void add(Diagnostic diagnostic) {
        if (!all.contains(diagnostic)) {
            all.add(diagnostic);
        }
    }

    /** A reporter bound to one file, for the stages that work file by file. */
    public Reporter forFile(String displayPath) {
        return (severity, line, message, hint) -> add(new Diagnostic(severity, displayPath, line, 0, message, hint));
    }

    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparing(Diagnostic::message));
        return copy;
    }

    public synchronized long count(Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when the output cannot be trusted: any error, or any warning under {@code --strict}. */
    public synchronized boolean failed(boolean strict) {
        return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }
}
