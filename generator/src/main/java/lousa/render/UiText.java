package lousa.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The strings the learner sees, from one resource file per language
 * ({@code theme/i18n/<lang>.properties}), falling back to pt-BR.
 */
public final class UiText {

    private final Map<String, String> strings;

    private UiText(Map<String, String> strings) {
        this.strings = strings;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, UiText> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The strings of a language, read once per run. */
    public static UiText load(String language) {
        return CACHE.computeIfAbsent(language, lang -> load("", lang));
    }

    /** A named bundle: {@code theme/i18n/<prefix><lang>.properties}, e.g. prefix "labs." for the lab strings. */
    public static UiText load(String prefix, String language) {
        Map<String, String> merged = new TreeMap<>(read(prefix + "pt-BR"));
        if (!language.equals("pt-BR")) {
            merged.putAll(read(prefix + language));
        }
        return new UiText(Map.copyOf(merged));
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalStateException("missing UI string '" + key + "' in theme/i18n");
        }
        return value;
    }

    public Map<String, String> all() {
        return strings;
    }

    private static Map<String, String> read(String language) {
        Properties properties = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream("/theme/i18n/" + language + ".properties")) {
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
