package lousa.labs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The strings the learner sees around the labs: {@code theme/i18n/labs.<lang>.properties}, falling back to pt-BR. */
public final class LabText {

    private final Map<String, String> strings;

    private LabText(Map<String, String> strings) {
        this.strings = strings;
    }

    public static LabText load(String language) {
        Map<String, String> merged = new TreeMap<>(read("pt-BR"));
        if (!language.equals("pt-BR")) {
            merged.putAll(read(language));
        }
        return new LabText(Map.copyOf(merged));
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalStateException("missing UI string '" + key + "' in theme/i18n/labs.*.properties");
        }
        return value;
    }

    /** The label of a Java tab: "Java", or the variant named by the class name's prefix when an example has more. */
    public String javaLabel(LabMarker marker, boolean several) {
        if (several) {
            for (Map.Entry<String, String> e : strings.entrySet()) {
                String prefix = e.getKey().startsWith("labs.variant.") ? e.getKey().substring(13) : null;
                if (prefix != null && marker.simpleName().startsWith(prefix)) {
                    return e.getValue();
                }
            }
            return get("labs.tab.java") + " (" + marker.simpleName() + ")";
        }
        return get("labs.tab.java");
    }

    private static Map<String, String> read(String language) {
        Properties properties = new Properties();
        try (InputStream in = LabText.class.getResourceAsStream("/theme/i18n/labs." + language + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
        return map;
    }
}
