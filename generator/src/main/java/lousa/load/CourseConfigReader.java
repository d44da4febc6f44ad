package lousa.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lousa.diag.Reporter;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads {@code course.yml}; a missing file means defaults, a broken one is reported with its line. */
public final class CourseConfigReader {

    public CourseConfig read(Path contentRoot, Reporter reporter) {
        Path file = contentRoot.resolve(CourseConfig.FILE_NAME);
        String fallbackTitle = Titles.humanize(contentRoot.toAbsolutePath().normalize().getFileName().toString());
        CourseConfig defaults = CourseConfig.defaults(fallbackTitle);
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Object yaml;
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
            yaml = new Load(LoadSettings.builder().setLabel(CourseConfig.FILE_NAME).build()).loadFromString(source);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            reporter.error(line, "invalid YAML: " + e.getProblem(), "fix the syntax of course.yml");
            return defaults;
        } catch (YamlEngineException | IOException e) {
            reporter.error(0, "cannot read course configuration: " + e.getMessage(), "fix or delete course.yml");
            return defaults;
        }
        if (yaml == null) {
            return defaults;
        }
        if (!(yaml instanceof Map<?, ?> map)) {
            reporter.error(1, "course.yml must be a mapping of keys (" + String.join(", ", KEYS) + ")",
                    "see README, section 'Adicionar uma lição'");
            return defaults;
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                reporter.warning(lineOf(source, String.valueOf(key)), "unknown key '" + key + "' in course.yml",
                        "the keys are " + String.join(", ", KEYS) + "; lesson settings go in its front matter");
            }
        }
        return new CourseConfig(
                text(map, "title", defaults.title()),
                text(map, "description", ""),
                text(map, "language", "pt-BR"),
                modules(map.get("modules"), reporter),
                editUrl(text(map, "edit_url", ""), source, reporter),
                Map.of(),
                flag(map, "offline", source, reporter,
                        "write offline: false to publish the site without its offline mode (the default is true)"),
                flag(map, "last_updated", source, reporter,
                        "write last_updated: false to show no date on the lessons (the default is true)"),
                flag(map, "last_updated_author", false, source, reporter, "write last_updated_author: true to show"
                        + " who last changed each lesson beside the date (the default is false)"),
                externalImages(map, source, reporter));
    }

    private static final List<String> KEYS = List.of("title", "description", "language", "edit_url", "modules",
            "offline", "last_updated", "last_updated_author", "external_images");

    /**
     * A switch that is on unless turned off ({@code offline: false}, {@code last_updated: false}); anything but a
     * boolean is an error, and it stays on.
     */
    private static boolean flag(Map<?, ?> map, String key, String source, Reporter reporter, String hint) {
        return flag(map, key, true, source, reporter, hint);
    }

    /** A switch that is {@code otherwise} unless written; anything but a boolean is an error, and it stays so. */
    private static boolean flag(Map<?, ?> map, String key, boolean otherwise, String source, Reporter reporter,
                                String hint) {
        Object value = map.get(key);
        if (value instanceof Boolean set) {
            return set;
        }
        if (value != null) {
            reporter.error(lineOf(source, key), key + " must be true or false, not '" + value + "'", hint);
        }
        return otherwise;
    }

    /** {@code external_images}: {@code link} (the default) or {@code download} ({@link WebImages}). */
    private static boolean externalImages(Map<?, ?> map, String source, Reporter reporter) {
        Object value = map.get("external_images");
        if (value == null || "link".equals(value)) {
            return false;
        }
        if ("download".equals(value)) {
            return true;
        }
        reporter.error(lineOf(source, "external_images"), "external_images must be link or download, not '" + value
                + "'", "write external_images: download for the site to serve its own copies of the images lessons"
                + " take from the web, or external_images: link (the default) to show them from the web");
        return false;
    }

    /** An http(s) address, kept with a trailing slash for lesson paths to follow; "" (no links) when invalid. */
    private static String editUrl(String value, String source, Reporter reporter) {
        if (value.isEmpty()) {
            return "";
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            reporter.error(lineOf(source, "edit_url"), "edit_url is not an http(s) address: " + value,
                    "write the address that edits the content folder in your repository, e.g. "
                            + "https://github.com/user/repo/edit/main/content/");
            return "";
        }
        return value.endsWith("/") ? value : value + "/";
    }

    /**
     * The line of a top-level key, for messages: the YAML loader gives plain maps, without positions. 0 (the
     * file) if it cannot be found.
     */
    static int lineOf(String source, String key) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith(":")
                    || line.startsWith("\"" + key + "\"") || line.startsWith("'" + key + "'")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<CourseConfig.ModuleConfig> modules(Object value, Reporter reporter) {
        List<CourseConfig.ModuleConfig> modules = new ArrayList<>();
        if (value == null) {
            return modules;
        }
        if (!(value instanceof List<?> list)) {
            reporter.error(0, "'modules' must be a list of {dir, title}", "write '- dir: folder' entries");
            return modules;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> m && m.get("dir") != null) {
                String dir = String.valueOf(m.get("dir"));
                modules.add(new CourseConfig.ModuleConfig(dir, text(m, "title", Titles.humanize(dir)), modules.size()));
            } else if (item instanceof String dir) {
                modules.add(new CourseConfig.ModuleConfig(dir, Titles.humanize(dir), modules.size()));
            } else {
                reporter.error(0, "module entry without 'dir': " + item, "write '- dir: folder' and 'title: ...'");
            }
        }
        return modules;
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : String.valueOf(value).strip();
    }
}
