package lousa.dialect.mdx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a JSX style object literal ({@code { display: 'block', maxWidth: 400 }}) into CSS
 * ({@code display: block; max-width: 400px}) the way React does: camelCase names become kebab-case, vendor
 * prefixes get their dash, and unitless numbers get {@code px} unless the property takes plain numbers.
 */
public final class JsxStyle {

    /**
     * @param css     the declarations, {@code "; "}-separated
     * @param dropped properties whose value is not a literal (a variable, a call…), as written
     */
    public record Result(String css, List<String> dropped) {
    }

    /** React's isUnitlessNumber list: numbers for these properties are written without px. */
    static final Set<String> UNITLESS = Set.of("animationIterationCount", "aspectRatio", "borderImageOutset",
            "borderImageSlice", "borderImageWidth", "boxFlex", "boxFlexGroup", "boxOrdinalGroup", "columnCount",
            "columns", "flex", "flexGrow", "flexPositive", "flexShrink", "flexNegative", "flexOrder", "gridArea",
            "gridRow", "gridRowEnd", "gridRowSpan", "gridRowStart", "gridColumn", "gridColumnEnd", "gridColumnSpan",
            "gridColumnStart", "fontWeight", "lineClamp", "lineHeight", "opacity", "order", "orphans", "scale",
            "tabSize", "widows", "zIndex", "zoom", "fillOpacity", "floodOpacity", "stopOpacity", "strokeDasharray",
            "strokeDashoffset", "strokeMiterlimit", "strokeOpacity", "strokeWidth");

    /** What marks a number among {@code value()}'s results. */
    private static final String NUMBER = "\u0001";
    /** What {@code value()} returns for {@code null} and {@code undefined}. */
    private static final String OMITTED = "\0";

    private final String src;
    private int pos;

    private JsxStyle(String src) {
        this.src = src;
    }

    /** Converts the object literal; null when {@code expression} is not an object literal. */
    public static Result toCss(String expression) {
        try {
            return new JsxStyle(expression).object();
        } catch (IllegalArgumentException notAnObject) {
            return null;
        }
    }

    private Result object() {
        expect('{');
        List<String> declarations = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                break;
            }
            String key = key();
            skipSpace();
            expect(':');
            skipSpace();
            String value = value();
            if (value == null) {
                dropped.add(key);
            } else if (value.equals(OMITTED)) {
                // null or undefined: React leaves the property out (a component's prop that was not passed)
            } else {
                declarations.add(cssName(key) + ": " + value(key, value));
            }
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != '}') {
                throw new IllegalArgumentException("expected , or }");
            }
        }
        skipSpace();
        if (pos != src.length()) {
            throw new IllegalArgumentException("text after the object");
        }
        return new Result(String.join("; ", declarations), List.copyOf(dropped));
    }

    private String key() {
        char c = peek();
        if (c == '\'' || c == '"') {
            return string();
        }
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                || src.charAt(pos) == '$' || src.charAt(pos) == '-')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("expected a property name");
        }
        return src.substring(start, pos);
    }

    /**
     * A literal value as CSS text (numbers marked with a leading {@link #NUMBER}: a string may start with '#', as
     * a colour does), or null when it is not a literal.
     */
    private String value() {
        char c = peek();
        if (c == '\'' || c == '"' || c == '`') {
            String s = string();
            return c == '`' && s.contains("${") ? null : s;
        }
        int start = pos;
        int depth = 0;
        while (pos < src.length()) {
            char d = src.charAt(pos);
            if (d == '\'' || d == '"' || d == '`') {
                int close = JsxTagScanner.skipString(src, pos);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated string");
                }
                pos = close + 1;
                continue;
            }
            if (depth == 0 && (d == ',' || d == '}')) {
                break;
            }
            if (d == '(' || d == '[' || d == '{') {
                depth++;
            } else if (d == ')' || d == ']' || d == '}') {
                depth--;
            }
            pos++;
        }
        String token = src.substring(start, pos).strip();
        if (token.equals("undefined") || token.equals("null")) {
            return OMITTED;
        }
        if (token.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return NUMBER + token;
        }
        return null;
    }

    private static String value(String key, String value) {
        if (!value.startsWith(NUMBER)) {
            return value;
        }
        String number = value.substring(1);
        boolean zero = Double.parseDouble(number) == 0;
        return zero || key.startsWith("--") || UNITLESS.contains(key) ? number : number + "px";
    }

    /** {@code marginLeft} → {@code margin-left}, {@code WebkitTransition} → {@code -webkit-transition}. */
    static String cssName(String key) {
        if (key.startsWith("--") || key.contains("-")) {
            return key;
        }
        StringBuilder out = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        String name = out.toString();
        return name.startsWith("ms-") ? "-" + name : name.toLowerCase(Locale.ROOT);
    }

    private String string() {
        int close = JsxTagScanner.skipString(src, pos);
        if (close < 0) {
            throw new IllegalArgumentException("unterminated string");
        }
        String body = src.substring(pos + 1, close);
        pos = close + 1;
        return body.replaceAll("\\\\(.)", "$1");
    }

    private char peek() {
        if (pos >= src.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return src.charAt(pos);
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }
}
