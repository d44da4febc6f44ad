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
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c"); // never "</script>" or "<!--", even if inlined in a page
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The JSON string literal of {@code value}. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        string(out, value);
        return out.toString();
    }
}
