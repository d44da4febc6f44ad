package lousa.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The strings the learner sees, from one file per language ({@code theme/i18n/<lang>.properties}): the
 * {@code pt-BR} file first, then the base language ({@code pt}), then the language itself, so a translation may
 * leave keys out. The theme passes its own file reader so a course's theme overrides reach every stage.
 */
public final class UiText {

    /** The built-in theme's files. */
    private static final Function<String, Optional<byte[]>> BUILT_IN = UiText::classpath;
    private static final Map<String, UiText> BUILT_IN_CACHE = new ConcurrentHashMap<>();

    private final Map<String, String> strings;

    private UiText(Map<String, String> strings) {
        this.strings = strings;
    }

    /** The built-in theme's strings of a language, read once per run. */
    public static UiText load(String language) {
        UiText cached = BUILT_IN_CACHE.get(language);
        if (cached == null) {
            cached = load(language, BUILT_IN);
            BUILT_IN_CACHE.put(language, cached);
        }
        return cached;
    }

    /**
     * @param themeFile reads a theme file by its path inside the theme ("i18n/pt-BR.properties"); empty when absent
     */
    public static UiText load(String language, Function<String, Optional<byte[]>> themeFile) {
        // A course's theme file only needs the keys it changes: it is laid over the built-in strings.
        Map<String, String> merged = new TreeMap<>(themeFile == BUILT_IN ? Map.of() : load(language).all());
        merged.putAll(read(themeFile, "pt-BR"));
        int dash = language.indexOf('-');
        if (dash > 0) {
            merged.putAll(read(themeFile, language.substring(0, dash).toLowerCase(Locale.ROOT)));
        }
        if (!language.equals("pt-BR")) {
            merged.putAll(read(themeFile, language));
        }
        // In key order, not Map.copyOf's: its order changes from one JVM to the next, and pages list some of these
        // strings (the search dialog's), so a build would differ from the one before with nothing changed.
        return new UiText(Collections.unmodifiableMap(new LinkedHashMap<>(merged)));
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalStateException("missing UI string '" + key + "' in theme/i18n");
        }
        return value;
    }

    /** Every string, in key order. */
    public Map<String, String> all() {
        return strings;
    }

    private static Map<String, String> read(Function<String, Optional<byte[]>> themeFile, String language) {
        String path = "i18n/" + language + ".properties";
        Optional<byte[]> bytes = themeFile.apply(path);
        if (bytes.isEmpty()) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStreamReader in = new InputStreamReader(new ByteArrayInputStream(bytes.get()),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme strings " + path, e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    private static Optional<byte[]> classpath(String path) {
        try (InputStream in = UiText.class.getResourceAsStream("/theme/" + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
