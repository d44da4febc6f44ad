package lousa.parse;

import lousa.diag.Reporter;
import lousa.diag.Severity;

import java.util.ArrayList;
import java.util.List;

/** A reporter that keeps what it is told, as {@code "error 3: message — hint"} lines, for exact assertions. */
final class Collected implements Reporter {

    final List<String> lines = new ArrayList<>();

    @Override
    public void report(Severity severity, int line, String message, String hint) {
        lines.add(severity.label() + " " + line + ": " + message + (hint == null ? "" : " — " + hint));
    }
}
