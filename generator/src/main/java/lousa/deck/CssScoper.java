package lousa.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a Marp theme (written for a bare {@code section}) so that it styles only the slides of a deck, as
 * Marpit does: {@code :root}, {@code html} and {@code section} become the slide element, and any other selector is
 * looked for inside it. {@code @media} and {@code @supports} blocks are scoped inside; {@code @font-face},
 * {@code @keyframes} and similar blocks are kept as they are. Comments are dropped.
 */
final class CssScoper {

    private static final Set<String> NESTING_AT_RULES = Set.of("@media", "@supports", "@container", "@layer");
    private static final Pattern ROOT_ELEMENT = Pattern.compile("^(?::root|html|body|section)(?![\\w-])");

    private final String prefix;

    /** @param prefix the selector of the slides, e.g. {@code div.marpit > section} */
    CssScoper(String prefix) {
        this.prefix = prefix;
    }

    String scope(String css) {
        StringBuilder out = new StringBuilder();
        scopeBlock(stripComments(css), out);
        return out.toString();
    }

    private void scopeBlock(String css, StringBuilder out) {
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (Character.isWhitespace(c) || c == ';') {
                i++;
                continue;
            }
            int brace = find(css, i, '{');
            int semicolon = find(css, i, ';');
            if (c == '@' && (brace < 0 || (semicolon >= 0 && semicolon < brace))) {
                int end = semicolon < 0 ? n : semicolon + 1;
                out.append(css, i, end).append('\n');
                i = end;
                continue;
            }
            if (brace < 0) {
                break;
            }
            int close = matchingBrace(css, brace);
            String prelude = css.substring(i, brace).trim();
            String body = css.substring(brace + 1, close);
            if (c == '@') {
                String name = prelude.split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
                if (NESTING_AT_RULES.contains(name)) {
                    out.append(prelude).append(" {\n");
                    scopeBlock(body, out);
                    out.append("}\n");
                } else {
                    out.append(prelude).append(" {").append(body).append("}\n");
                }
            } else {
                out.append(scopeSelectors(prelude)).append(" {").append(body).append("}\n");
            }
            i = close + 1;
        }
    }

    String scopeSelectors(String selectorList) {
        List<String> scoped = new ArrayList<>();
        for (String selector : splitTopLevel(selectorList)) {
            String s = selector.trim();
            if (s.isEmpty()) {
                continue;
            }
            var root = ROOT_ELEMENT.matcher(s);
            if (root.find()) {
                scoped.add(prefix + s.substring(root.end()));
            } else {
                scoped.add(prefix + " " + s);
            }
        }
        return String.join(",\n", scoped);
    }

    private static List<String> splitTopLevel(String selectorList) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selectorList.length(); i++) {
            char c = selectorList.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(selectorList.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(selectorList.substring(start));
        return parts;
    }

    /** Index of {@code target} at or after {@code from}, outside strings, or -1. */
    private static int find(String css, int from, char target) {
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(css, i);
            } else if (c == target) {
                return i;
            }
        }
        return -1;
    }

    private static int matchingBrace(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(css, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length() - 1 < open ? open : css.length() - 1;
    }

    private static int endOfString(String css, int quote) {
        char q = css.charAt(quote);
        for (int i = quote + 1; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q) {
                return i;
            }
        }
        return css.length() - 1;
    }

    static String stripComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfString(css, i);
                out.append(css, i, end + 1);
                i = end + 1;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
