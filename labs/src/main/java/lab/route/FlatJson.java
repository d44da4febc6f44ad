package lab.route;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough JSON for the route: a flat object of string values in, quoted strings out. Pydantic does this
 * for FastAPI; the labs keep to the JDK, and a real Java service would use Jackson.
 */
final class FlatJson {

    private final String text;
    private int pos;

    private FlatJson(String text) {
        this.text = text;
    }

    /** Parses {@code {"k": "v", ...}}; any other shape is an {@link IllegalArgumentException}. */
    static Map<String, String> parseStringObject(String json) {
        FlatJson p = new FlatJson(json);
        Map<String, String> fields = new LinkedHashMap<>();
        p.expect('{');
        if (!p.tryConsume('}')) {
            do {
                String key = p.string();
                p.expect(':');
                fields.put(key, p.string());
            } while (p.tryConsume(','));
            p.expect('}');
        }
        p.skipSpaces();
        if (p.pos != json.length()) {
            throw p.error("end of input");
        }
        return fields;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw error("a valid escape");
            }
        }
        throw error("closing quote");
    }

    private void expect(char c) {
        if (!tryConsume(c)) {
            throw error("'" + c + "'");
        }
    }

    private boolean tryConsume(char c) {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("JSON: expected " + expected + " at offset " + pos);
    }
}
