package lousa.write;

import java.util.Collection;

/**
 * The little JSON the site writes (search index, cache files, data attributes): strings and arrays of strings,
 * escaped so they are safe even inside a {@code <script>}.
 */
public final class Json {

    private Json() {
    }

    public static void array(StringBuilder out, Collection<String> values) {
        out.append('[');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                out.append(',');
            }
            string(out, value);
            first = false;
        }
        out.append(']');
    }

    public static void string(StringBuilder out, String value) {
        out.append('"');
        int run = 0; // start of the run of characters copied as they are: most text has nothing to escape
        char[] chars = value.toCharArray(); // scanned as an array: under C1, twice as fast as charAt calls
        int length = chars.length;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(value, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c"); // never "</script>" or "<!--", even if inlined in a page
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(value, run, length).append('"');
    }

    /** The JSON string literal of {@code value}. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        string(out, value);
        return out.toString();
    }
}
