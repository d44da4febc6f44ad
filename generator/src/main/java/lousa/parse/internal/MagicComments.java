package lousa.parse.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus's magic comments: a line that is only {@code # highlight-next-line} (or {@code // …}, {@code /* … *}{@code /},
 * {@code <!-- … -->}, {@code {/* … *}{@code /}}, {@code -- …}) marks the line after it, and {@code highlight-start} …
 * {@code highlight-end} the lines between. The comment lines themselves leave the block, so the reader sees and copies
 * the code without them.
 *
 * @param code     the code without the comment lines
 * @param marked   the lines they mark, 1-based, in {@code code}
 * @param problems what did not pair up, for a warning
 */
record MagicComments(String code, BitSet marked, List<Problem> problems) {

    /** A directive that did not pair up, on line {@code line} of the block as written (1-based). */
    record Problem(int line, String message) {
    }

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^[ \\t]*(?:(?://|#|--|;;|%)[ \\t]*(highlight-next-line|highlight-start|highlight-end)"
                    + "|(?:/\\*|\\{/\\*|<!--)[ \\t]*(highlight-next-line|highlight-start|highlight-end)[ \\t]*(?:\\*/}|\\*/|-->))"
                    + "[ \\t]*$");

    /** The code with its magic comments read and taken out; the same code when it has none. */
    static MagicComments read(String code) {
        if (code.indexOf("highlight-") < 0) {
            return new MagicComments(code, new BitSet(), List.of());
        }
        StringBuilder out = new StringBuilder(code.length());
        BitSet marked = new BitSet();
        List<Problem> problems = new ArrayList<>();
        int line = 0; // lines kept so far
        int written = 0; // lines read so far
        boolean next = false;
        int openedAt = -1;
        int openedOn = 0;
        int start = 0;
        while (start < code.length()) {
            int end = code.indexOf('\n', start);
            int stop = end < 0 ? code.length() : end + 1;
            String text = code.substring(start, end < 0 ? code.length() : end);
            written++;
            Matcher m = DIRECTIVE.matcher(text);
            if (m.matches()) {
                String directive = m.group(1) != null ? m.group(1) : m.group(2);
                switch (directive) {
                    case "highlight-next-line" -> next = true;
                    case "highlight-start" -> {
                        if (openedAt >= 0) {
                            problems.add(new Problem(written, "highlight-start inside another highlight-start"));
                        } else {
                            openedAt = line + 1;
                            openedOn = written;
                        }
                    }
                    default -> {
                        if (openedAt < 0) {
                            problems.add(new Problem(written, "highlight-end without a highlight-start before it"));
                        } else {
                            marked.set(openedAt, line + 1);
                            openedAt = -1;
                        }
                    }
                }
            } else {
                line++;
                if (next) {
                    marked.set(line);
                    next = false;
                }
                out.append(code, start, stop);
            }
            start = stop;
        }
        if (openedAt >= 0) {
            problems.add(new Problem(openedOn,
                    "highlight-start without a highlight-end: marked to the end of the block"));
            marked.set(openedAt, line + 1);
        }
        return new MagicComments(out.toString(), marked, List.copyOf(problems));
    }
}
