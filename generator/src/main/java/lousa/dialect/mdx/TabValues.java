package lousa.dialect.mdx;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of Docusaurus's {@code <Tabs values={[{label: 'Apple', value: 'apple'}, …]}>}, which take precedence
 * over each {@code <TabItem label>}. The render stage carries them from the JSX to the tabs pass in a
 * {@code data-values} attribute, as a form-encoded {@code value=label&…} string.
 */
public final class TabValues {

    /** The attribute of the {@code <tabs>} element that holds them. */
    public static final String ATTRIBUTE = "data-values";

    private static final Pattern OBJECT = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern FIELD = Pattern.compile(
            "(?:(label|value)|'(label|value)'|\"(label|value)\")\\s*:\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`$]*)`)");
    private static final Pattern ARRAY = Pattern.compile("\\s*\\[(.*)]\\s*", Pattern.DOTALL);

    private TabValues() {
    }

    /**
     * The attribute's value for the expression between the braces of {@code values={…}}; null when it is not an
     * array of object literals, each with a literal {@code value} (the {@code label} defaults to it).
     */
    public static String encode(String expression) {
        Matcher array = ARRAY.matcher(expression);
        if (!array.matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher object = OBJECT.matcher(array.group(1));
        int end = 0;
        while (object.find()) {
            if (!array.group(1).substring(end, object.start()).matches("[\\s,]*")) {
                return null;
            }
            end = object.end();
            String value = null;
            String label = null;
            Matcher field = FIELD.matcher(object.group(1));
            while (field.find()) {
                String name = field.group(1) != null ? field.group(1) : field.group(2) != null ? field.group(2) : field.group(3);
                String text = field.group(4) != null ? field.group(4) : field.group(5) != null ? field.group(5) : field.group(6);
                text = text.replaceAll("\\\\(.)", "$1");
                if (name.equals("value")) {
                    value = text;
                } else {
                    label = text;
                }
            }
            if (value == null) {
                return null;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(label != null ? label : value, StandardCharsets.UTF_8));
        }
        return out.length() == 0 || !array.group(1).substring(end).matches("[\\s,]*") ? null : out.toString();
    }

    /** The labels by value, in order, from the attribute's value; empty for "". */
    public static Map<String, String> decode(String attribute) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (attribute.isEmpty()) {
            return labels;
        }
        for (String pair : attribute.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                labels.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return labels;
    }
}
