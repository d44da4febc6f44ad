package lousa.parse.internal;

import java.util.regex.Pattern;

/**
 * Decides from the raw text whether a file starts with YAML front matter. A {@code ---} on the first line opens
 * front matter only when the next line is a {@code key:} line; otherwise it is a thematic break. Front matter is
 * unclosed when a line that cannot be YAML (or the end of the file) comes before the closing fence.
 */
public final class FrontMatterScanner {

    public enum State { NONE, CLOSED, UNCLOSED }

    /** @param closingLine 0-based line of the closing fence, or -1 */
    public record Result(State state, int closingLine) {
    }

    private static final Pattern OPEN = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSE = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");
    private static final Pattern KEY = Pattern.compile(" {0,3}[A-Za-z0-9_\\-.]+:(\\s.*)?");
    private static final Pattern YAML_LIKE = Pattern.compile("\\s*|\\s+\\S.*|-(\\s.*)?|#.*|[]}].*");

    private FrontMatterScanner() {
    }

    /** Reads only the lines it needs (front matter is short; the file may not be): no copy of the whole text. */
    public static Result scan(CharSequence text) {
        if (text.length() < 4 || text.charAt(0) != '-' || text.charAt(1) != '-' || text.charAt(2) != '-') {
            return new Result(State.NONE, -1);
        }
        Lines lines = new Lines(text);
        String first = lines.next();
        String second = lines.next();
        if (second == null || !OPEN.matcher(first).matches() || !KEY.matcher(second).matches()) {
            return new Result(State.NONE, -1);
        }
        int i = 2;
        for (String line = lines.next(); line != null; line = lines.next(), i++) {
            if (CLOSE.matcher(line).matches()) {
                return new Result(State.CLOSED, i);
            }
            if (!KEY.matcher(line).matches() && !YAML_LIKE.matcher(line).matches()) {
                break;
            }
        }
        return new Result(State.UNCLOSED, -1);
    }

    /** The lines of a text as {@code split("\\r?\\n", -1)} gives them, one at a time. */
    private static final class Lines {
        private final CharSequence text;
        private int start;

        Lines(CharSequence text) {
            this.text = text;
        }

        String next() {
            if (start > text.length()) {
                return null;
            }
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            int stop = end > start && end < text.length() && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.subSequence(start, stop).toString();
            start = end + 1;
            return line;
        }
    }
}
