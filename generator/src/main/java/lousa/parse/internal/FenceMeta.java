package lousa.parse.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a code fence's info string says besides the language, as Docusaurus reads it: {@code title="main.py"}, the
 * lines to mark, {@code {1,4-6}}, and {@code showLineNumbers} (or {@code showLineNumbers=5} to count from 5). The
 * spellings of MkDocs Material are read too, since authors move between the two: {@code hl_lines="1 4-6"} and
 * {@code linenums="5"}. Anything else in the string is left alone, as those tools do.
 *
 * @param title      the block's title, or null
 * @param marked     the lines to mark, 1-based
 * @param lineStart  the number of the first line when lines are numbered, else 0
 * @param ranges     whether the string gave lines to mark (then magic comments are not read, as in Docusaurus)
 * @param problems   what could not be read, for a warning
 */
record FenceMeta(String title, BitSet marked, int lineStart, boolean ranges, List<String> problems) {

    private static final Pattern TITLE = Pattern.compile("(?:^|\\s)(?:title|filename)=(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)}");
    private static final Pattern HL_LINES = Pattern.compile("(?:^|\\s)hl_lines=(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SHOW_LINE_NUMBERS = Pattern.compile("(?:^|\\s)showLineNumbers(?:=(\\d+))?(?=\\s|$)");
    private static final Pattern LINENUMS = Pattern.compile("(?:^|\\s)linenums=(?:\"(\\d+)\"|'(\\d+)'|(\\d+))");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");
    /** Lines beyond this are a typo, not a code block: no bit set that large. */
    private static final int MAX_LINE = 100_000;

    static final FenceMeta NONE = new FenceMeta(null, new BitSet(), 0, false, List.of());

    /** The metadata of an info string; the language (its first word) is not read here. */
    static FenceMeta parse(String info) {
        int space = firstBreak(info);
        if (space < 0) {
            return NONE;
        }
        String meta = info.substring(space);
        List<String> problems = new ArrayList<>();
        String title = null;
        Matcher m = TITLE.matcher(meta);
        if (m.find()) {
            title = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (title.isEmpty()) {
                title = null;
            }
            meta = meta.substring(0, m.start()) + " " + meta.substring(m.end()); // a title may hold braces
        }
        BitSet marked = new BitSet();
        boolean ranges = false;
        Matcher braces = BRACES.matcher(meta);
        while (braces.find()) {
            ranges = true;
            readRanges(braces.group(1), ",", marked, problems);
        }
        Matcher hl = HL_LINES.matcher(meta);
        if (hl.find()) {
            ranges = true;
            readRanges(hl.group(1) != null ? hl.group(1) : hl.group(2), "\\s+", marked, problems);
        }
        int lineStart = 0;
        Matcher show = SHOW_LINE_NUMBERS.matcher(meta);
        Matcher nums = LINENUMS.matcher(meta);
        if (show.find()) {
            lineStart = show.group(1) != null ? Math.max(0, number(show.group(1), problems)) : 1;
        } else if (nums.find()) {
            String n = nums.group(1) != null ? nums.group(1) : nums.group(2) != null ? nums.group(2) : nums.group(3);
            lineStart = Math.max(0, number(n, problems));
        }
        if (title == null && marked.isEmpty() && lineStart == 0 && problems.isEmpty()) {
            return ranges ? new FenceMeta(null, marked, 0, true, List.of()) : NONE;
        }
        return new FenceMeta(title, marked, lineStart, ranges, List.copyOf(problems));
    }

    /** Where the language word ends: at a blank or at a brace ({@code python{1,2}}); -1 when nothing follows. */
    private static int firstBreak(String info) {
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            if (Character.isWhitespace(c) || c == '{') {
                return i;
            }
        }
        return -1;
    }

    private static void readRanges(String list, String separator, BitSet marked, List<String> problems) {
        for (String part : list.strip().split(separator)) {
            String range = part.strip();
            if (range.isEmpty()) {
                continue;
            }
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) {
                problems.add("'" + range + "' is not a line or a range of lines such as 4-6");
                continue;
            }
            int from = number(m.group(1), problems);
            int to = m.group(2) != null ? number(m.group(2), problems) : from;
            if (from < 0 || to < 0) {
                continue; // said already
            }
            if (from < 1 || to < from) {
                problems.add("'" + range + "' is not a range of lines: they count from 1, the smaller first");
                continue;
            }
            marked.set(from, to + 1);
        }
    }

    private static int number(String digits, List<String> problems) {
        if (digits.length() > 6 || Integer.parseInt(digits) > MAX_LINE) {
            problems.add(String.format(Locale.ROOT, "line %s is past any code block", digits));
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /** The marked lines as the page carries them: {@code 1,4-6}. */
    static String encode(BitSet lines) {
        StringBuilder out = new StringBuilder();
        for (int from = lines.nextSetBit(0); from >= 0; from = lines.nextSetBit(lines.nextClearBit(from))) {
            int to = lines.nextClearBit(from) - 1;
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(from);
            if (to > from) {
                out.append('-').append(to);
            }
        }
        return out.toString();
    }
}
