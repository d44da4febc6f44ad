package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lousa.dialect.mdx.EsmBlock;
import org.jsoup.nodes.Entities;

/**
 * A component an {@code .mdx} file defines for itself, as Docusaurus's own docs show:
 * <pre>
 * export const Highlight = ({children, color}) =&gt; (
 *   &lt;span style={{backgroundColor: color, padding: '0.2rem'}}&gt;{children}&lt;/span&gt;
 * );
 * </pre>
 * Lousa runs no JavaScript, so only the plain kind is drawn: an arrow function or a function that returns one JSX
 * element, whose props are put in where its JSX names them ({@code color}, {@code props.color}, a default
 * {@code color = 'red'}), and whose {@code {children}} is where the text between its tags goes. Anything else a
 * component does (a variable, a call, a condition) stays as written, and its tag is then an unknown component.
 *
 * @param name   the component's name ({@code Highlight})
 * @param params its props by name, with the default written for each ({@code null}: none)
 * @param props  the name of the one parameter when it takes the props whole ({@code props}); else null
 * @param body   the JSX it returns
 */
record LocalComponent(String name, Map<String, String> params, String props, String body) {

    private static final NullableDataKey<Map<String, LocalComponent>> KEY = new NullableDataKey<>("LOUSA_MDX_COMPONENTS");
    private static final Pattern ARROW = Pattern.compile(
            "(?m)^export\\s+(?:const|let|var)\\s+([A-Z][A-Za-z0-9_$]*)\\s*=\\s*");
    private static final Pattern FUNCTION = Pattern.compile(
            "(?m)^export\\s+(?:default\\s+)?function\\s+([A-Z][A-Za-z0-9_$]*)\\s*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern PARAM = Pattern.compile("\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*(?:=\\s*(.+?))?\\s*",
            Pattern.DOTALL);
    /** A string or number literal, written in the text for itself ({@code {'<'}}, {@code {2024}}). */
    private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\n]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?");
    /** A line that starts another ESM statement, in the same paragraph as the one before it. */
    private static final Pattern NEXT_STATEMENT = Pattern.compile("(?m)^(?:export|import)\\b");
    /** {@code .color} after {@code props}. */
    private static final Pattern MEMBER = Pattern.compile("\\s*\\.\\s*([A-Za-z_$][A-Za-z0-9_$]*)");
    /** Where the text between the component's tags goes. */
    private static final String CHILDREN = "\0children\0";

    /** The components the document's {@code export}s define, by name; read once per document. */
    static Map<String, LocalComponent> of(Document document) {
        Map<String, LocalComponent> components = KEY.get(document);
        if (components == null) {
            Map<String, LocalComponent> found = new HashMap<>();
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof EsmBlock) {
                    String esm = node.getChars().toString();
                    for (Pattern start : List.of(ARROW, FUNCTION)) {
                        Matcher m = start.matcher(esm);
                        while (m.find()) {
                            read(m.group(1), esm, m.end(), start == FUNCTION).ifPresent(c -> found.put(c.name(), c));
                        }
                    }
                }
            }
            components = Map.copyOf(found);
            document.set(KEY, components);
        }
        return components;
    }

    /** The definition after {@code export const Name =} or {@code export function Name}; empty when not plain. */
    private static Optional<LocalComponent> read(String name, String esm, int at, boolean function) {
        int i = skipSpace(esm, at);
        String params;
        if (i < esm.length() && esm.charAt(i) == '(') {
            int close = closing(esm, i);
            if (close < 0) {
                return Optional.empty();
            }
            params = esm.substring(i + 1, close).strip();
            i = close + 1;
        } else {
            Matcher single = IDENTIFIER.matcher(esm).region(i, esm.length());
            if (function || !single.lookingAt()) {
                return Optional.empty();
            }
            params = single.group();
            i = single.end();
        }
        i = skipSpace(esm, i);
        String body;
        if (function) {
            body = returned(esm, i);
        } else if (esm.startsWith("=>", i)) {
            i = skipSpace(esm, i + 2);
            body = i < esm.length() && esm.charAt(i) == '{' ? returned(esm, i) : expression(esm, i);
        } else {
            return Optional.empty();
        }
        if (body == null || !body.startsWith("<")) {
            return Optional.empty();
        }
        Map<String, String> named = new LinkedHashMap<>();
        String whole = null;
        if (params.startsWith("{") && params.endsWith("}")) {
            for (String param : topLevel(params.substring(1, params.length() - 1))) {
                Matcher p = PARAM.matcher(param);
                if (param.isBlank()) {
                    continue;
                }
                if (!p.matches()) {
                    return Optional.empty(); // a renamed or nested prop: not plain
                }
                named.put(p.group(1), p.group(2));
            }
        } else if (IDENTIFIER.matcher(params).matches()) {
            whole = params;
        } else if (!params.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LocalComponent(name, named, whole, body));
    }

    /** The JSX a block body returns, when {@code return} is all it does; else null. */
    private static String returned(String esm, int open) {
        if (open >= esm.length() || esm.charAt(open) != '{') {
            return null;
        }
        int close = closing(esm, open);
        if (close < 0) {
            return null;
        }
        String block = esm.substring(open + 1, close).strip();
        if (!block.startsWith("return") || block.length() == 6 || Character.isJavaIdentifierPart(block.charAt(6))) {
            return null;
        }
        return expression(block, skipSpace(block, 6));
    }

    /** A JSX expression: in parentheses, else up to the statement's end (the next statement's line, if any). */
    private static String expression(String text, int at) {
        if (at < text.length() && text.charAt(at) == '(') {
            int close = closing(text, at);
            return close < 0 ? null : text.substring(at + 1, close).strip();
        }
        Matcher next = NEXT_STATEMENT.matcher(text).region(at, text.length());
        String rest = text.substring(at, next.find() ? next.start() : text.length()).strip();
        return rest.endsWith(";") ? rest.substring(0, rest.length() - 1).strip() : rest;
    }

    /** Offset of the bracket that closes the one at {@code open}, skipping strings; -1 if none. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = JsxTagScanner.skipString(text, i);
                i = end < 0 ? i : end;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The comma-separated parts of {@code text} outside brackets and strings. */
    private static List<String> topLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = JsxTagScanner.skipString(text, i);
                i = end < 0 ? i : end;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The JSX with the given props put in, split where the children go: {@code [before, after]} ({@code after} is
     * empty when the component shows no children).
     *
     * @param given the props as the tag wrote them: each a JavaScript expression ({@code '#25c2a0'}, {@code 2})
     */
    String[] instantiate(Map<String, String> given) {
        Map<String, String> values = new HashMap<>();
        params.forEach((param, otherwise) -> values.put(param, given.getOrDefault(param, otherwise)));
        if (props != null) {
            given.forEach((prop, value) -> values.put(props + "." + prop, value));
        }
        String filled = fill(values);
        int split = filled.indexOf(CHILDREN);
        return split < 0 ? new String[] {filled, ""}
                : new String[] {filled.substring(0, split), filled.substring(split + CHILDREN.length())};
    }

    /** The body with each prop it names replaced by its value: a JS literal in an expression, text in the text. */
    private String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(body.length() + 32);
        StringBuilder text = new StringBuilder(); // JSX text, laid out as JSX lays it out once it ends
        boolean inTag = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean tagStarts = c == '<' && i + 1 < body.length()
                    && (Character.isLetter(body.charAt(i + 1)) || body.charAt(i + 1) == '/' || body.charAt(i + 1) == '>');
            if (!inTag && c != '{' && !tagStarts) {
                text.append(c);
                continue;
            }
            out.append(jsxText(text));
            text.setLength(0);
            if (c == '{') {
                int close = JsxTagScanner.skipExpression(body, i);
                if (close < 0) {
                    out.append(body, i, body.length());
                    return out.toString();
                }
                String expression = body.substring(i + 1, close - 1).strip();
                if (!inTag && (expression.equals("children") || expression.equals(props + ".children"))) {
                    out.append(CHILDREN);
                } else if (!inTag && values.containsKey(expression)) {
                    String value = values.get(expression);
                    out.append(value == null ? "" : Entities.escape(literalText(value)));
                } else if (!inTag && LITERAL.matcher(expression).matches()) { // {'<'}: its text
                    out.append(Entities.escape(literalText(expression)));
                } else {
                    out.append('{').append(substitute(body.substring(i + 1, close - 1), values)).append('}');
                }
                i = close - 1;
            } else if (inTag && (c == '"' || c == '\'')) {
                int end = JsxTagScanner.skipString(body, i);
                int stop = end < 0 ? body.length() - 1 : end;
                out.append(body, i, stop + 1);
                i = stop;
            } else {
                inTag = tagStarts || (inTag && c != '>');
                out.append(c);
            }
        }
        return out.append(jsxText(text)).toString();
    }

    /**
     * JSX text as React renders it: a run with a line break loses the spaces around each break and the lines that
     * are only space, and its lines are joined by one space ({@code <span>\n  Texto\n</span>} holds "Texto").
     */
    private static String jsxText(CharSequence text) {
        String value = text.toString();
        if (value.indexOf('\n') < 0) {
            return value;
        }
        String[] lines = value.replace('\t', ' ').split("\r\n|\n|\r", -1);
        int lastNonEmpty = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                lastNonEmpty = i;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                line = line.replaceFirst("^ +", "");
            }
            if (i < lines.length - 1) {
                line = line.replaceFirst(" +$", "");
            }
            if (!line.isEmpty()) {
                out.append(line).append(i == lastNonEmpty ? "" : " ");
            }
        }
        return out.toString();
    }

    /**
     * An expression with each prop it names as a value (not a property's key, not a member of another object)
     * replaced by its value; a prop not given and without a default is {@code undefined}.
     */
    private String substitute(String expression, Map<String, String> values) {
        StringBuilder out = new StringBuilder(expression.length() + 16);
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = JsxTagScanner.skipString(expression, i);
                int stop = end < 0 ? expression.length() - 1 : end;
                out.append(expression, i, stop + 1);
                i = stop + 1;
                continue;
            }
            Matcher word = IDENTIFIER.matcher(expression).region(i, expression.length());
            if (Character.isJavaIdentifierStart(c) && word.lookingAt()) {
                int end = word.end();
                String name = word.group();
                if (props != null && name.equals(props)) { // props.color
                    Matcher member = MEMBER.matcher(expression).region(end, expression.length());
                    if (member.lookingAt()) {
                        name = props + "." + member.group(1);
                        end = member.end();
                    }
                }
                boolean member = before(expression, i) == '.';
                boolean key = after(expression, end) == ':';
                if (!member && !key && (values.containsKey(name) || props != null && name.startsWith(props + "."))) {
                    String value = values.get(name);
                    out.append(value == null ? "undefined" : value);
                } else {
                    out.append(expression, i, end);
                }
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static char before(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? '\0' : text.charAt(i);
    }

    private static char after(String text, int at) {
        int i = skipSpace(text, at);
        return i < text.length() ? text.charAt(i) : '\0';
    }

    /** A JS literal's text ({@code 'a'} is a, {@code 2} is 2). */
    private static String literalText(String literal) {
        String s = literal.strip();
        if (s.length() >= 2 && "'\"`".indexOf(s.charAt(0)) >= 0 && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return s;
    }
}
