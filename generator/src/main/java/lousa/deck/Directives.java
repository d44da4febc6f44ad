package lousa.deck;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Marpit directive vocabulary, and the reading of a comment or front matter as directives.
 * Global directives hold for the whole deck (the last definition wins); local ones apply from their slide on;
 * a local name prefixed with {@code _} is a spot directive for its slide only.
 */
final class Directives {

    static final Set<String> GLOBAL = Set.of("theme", "style", "headingDivider", "lang", "size", "title",
            "description", "author", "math");

    static final Set<String> LOCAL = Set.of("paginate", "header", "footer", "class", "backgroundColor",
            "backgroundImage", "backgroundPosition", "backgroundRepeat", "backgroundSize", "color");

    /** Every name, for telling a speaker note at a glance ({@link #namesNoDirective}). */
    private static final List<String> NAMES = Stream.concat(GLOBAL.stream(), LOCAL.stream()).toList();

    /** Built once: they do not change, and building them cost more than reading a short comment. */
    private static final LoadSettings YAML = LoadSettings.builder().build();

    private Directives() {
    }

    /** Whether {@code key} names a directive: global (optionally {@code $}-prefixed), local or spot. */
    static boolean isDirective(String key) {
        String bare = key.startsWith("$") ? key.substring(1) : key;
        if (GLOBAL.contains(bare)) {
            return true;
        }
        return LOCAL.contains(key.startsWith("_") ? key.substring(1) : key);
    }

    /**
     * Reads an HTML comment's text as directives, as Marpit does: the comment is YAML, and it is a directive comment
     * when at least one of its keys is a directive. Unknown keys of a directive comment are ignored.
     *
     * @return the directives in order, or empty when the comment is a speaker note
     */
    static Optional<Map<String, String>> fromComment(String text) {
        return namesNoDirective(text) ? Optional.empty() : fromYaml(text);
    }

    /**
     * A directive comment has a key that names a directive, and YAML writes a key out as it is, but for the escapes
     * of a double-quoted string: a comment without a backslash that holds no directive's name is a speaker note,
     * with no need to read it as YAML (most comments of a deck are notes).
     */
    static boolean namesNoDirective(String text) {
        if (text.indexOf('\\') >= 0) {
            return false;
        }
        for (String name : NAMES) {
            if (text.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fromComment} without the glance at the names: the comment read as YAML. */
    static Optional<Map<String, String>> fromYaml(String text) {
        Object parsed;
        try {
            parsed = new Load(YAML).loadFromString(text);
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, String> directives = fromMap(map);
        return directives.isEmpty() ? Optional.empty() : Optional.of(directives);
    }

    /** The directive entries of a front matter or comment map, values flattened to strings. */
    static Map<String, String> fromMap(Map<?, ?> map) {
        Map<String, String> directives = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (isDirective(name)) {
                String bare = name.startsWith("$") ? name.substring(1) : name;
                // headingDivider: [3] means "level 3 only", unlike headingDivider: 3 ("levels 1 to 3").
                String flat = bare.equals("headingDivider") && value instanceof Collection<?>
                        ? "[" + flatten(value) + "]" : flatten(value);
                directives.put(bare, flat);
            }
        });
        return directives;
    }

    private static String flatten(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return String.valueOf(value).trim();
    }
}
