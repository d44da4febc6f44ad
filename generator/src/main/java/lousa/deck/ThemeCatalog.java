package lousa.deck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Marp themes a deck may name: the built-in {@code default}, {@code gaia}, {@code uncover} and
 * {@code rose-pine} (plain CSS files under {@code resources/deck/themes/}), plus course themes: a CSS file declaring
 * {@code /* @theme name *&#47;}. A course theme may {@code @import "default"} (or any other theme) as in Marp.
 * Immutable.
 */
public final class ThemeCatalog {

    public static final String DEFAULT = "default";
    public static final List<String> BUILT_IN = List.of("default", "gaia", "uncover", "rose-pine");

    private static final Pattern THEME_NAME = Pattern.compile("/\\*[\\s*!]*@theme\\s+([\\w.-]+)");
    private static final Pattern IMPORT = Pattern.compile(
            "@import(?:-theme)?\\s+(?:url\\(\\s*)?[\"']([^\"')]+)[\"']\\s*\\)?[^;]*;");

    /** The built-in themes' CSS, read from the jar once (every deck read it again). */
    private static final Map<String, String> BUILT_IN_CSS = new ConcurrentHashMap<>();

    private final Map<String, String> custom;

    private ThemeCatalog(Map<String, String> custom) {
        this.custom = Map.copyOf(custom);
    }

    public static ThemeCatalog builtIn() {
        return new ThemeCatalog(Map.of());
    }

    /**
     * This catalog plus course themes. A course theme overrides a built-in one of the same name.
     *
     * @param cssByName theme name (as declared by {@code @theme}) to the theme's CSS text
     */
    public ThemeCatalog withCustom(Map<String, String> cssByName) {
        Map<String, String> merged = new LinkedHashMap<>(custom);
        merged.putAll(cssByName);
        return new ThemeCatalog(merged);
    }

    /** This catalog plus the given CSS files that declare {@code @theme}; other files are skipped. */
    public ThemeCatalog withThemeFiles(Collection<Path> cssFiles) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        for (Path file : cssFiles) {
            String css = Files.readString(file, StandardCharsets.UTF_8);
            declaredName(css).ifPresent(name -> found.put(name, css));
        }
        return withCustom(found);
    }

    /** The name a theme file declares with {@code /* @theme name *&#47;}, if any. */
    public static Optional<String> declaredName(String css) {
        Matcher m = THEME_NAME.matcher(css);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public boolean has(String name) {
        return custom.containsKey(name) || BUILT_IN.contains(name);
    }

    public Set<String> names() {
        Set<String> names = new TreeSet<>(BUILT_IN);
        names.addAll(custom.keySet());
        return names;
    }

    /** The theme's CSS with its {@code @import "theme"} rules replaced by the imported themes. Unscoped. */
    public String css(String name) {
        return resolve(name, new HashSet<>());
    }

    private String resolve(String name, Set<String> seen) {
        if (!seen.add(name)) {
            return "";
        }
        String css = custom.containsKey(name) ? custom.get(name) : builtInCss(name);
        Matcher m = IMPORT.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String imported = m.group(1);
            // Another theme is inlined; anything else (a URL, a file) is not available offline and is dropped.
            String replacement = has(imported) ? resolve(imported, seen) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String builtInCss(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no theme " + name);
        }
        return BUILT_IN_CSS.computeIfAbsent(name, ThemeCatalog::readBuiltIn);
    }

    private static String readBuiltIn(String name) {
        return resource("/deck/themes/" + name + ".css");
    }

    /** A CSS file of the generator's resources, e.g. {@code /deck/footnotes.css}. */
    static String resource(String path) {
        try (InputStream in = ThemeCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path.substring(1));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
