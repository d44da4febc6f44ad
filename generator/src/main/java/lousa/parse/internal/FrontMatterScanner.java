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

    public static Result scan(CharSequence text) {
        String[] lines = text.toString().split("\\r?\\n", -1);
        if (lines.length < 2 || !OPEN.matcher(lines[0]).matches() || !KEY.matcher(lines[1]).matches()) {
            return new Result(State.NONE, -1);
        }
        for (int i = 2; i < lines.length; i++) {
            if (CLOSE.matcher(lines[i]).matches()) {
                return new Result(State.CLOSED, i);
            }
            if (!KEY.matcher(lines[i]).matches() && !YAML_LIKE.matcher(lines[i]).matches()) {
                break;
            }
        }
        return new Result(State.UNCLOSED, -1);
    }
}
