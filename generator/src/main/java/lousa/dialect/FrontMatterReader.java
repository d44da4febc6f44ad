package lousa.dialect;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lousa.diag.Reporter;
import lousa.load.HttpUrls;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the front matter block that flexmark found at the top of a document with a real YAML parser
 * (flexmark's own reader only splits lines), reporting YAML errors at their line in the lesson.
 */
public final class FrontMatterReader {

    /** A top-level key: at the start of its line, bare or quoted, before a colon. */
    private static final Pattern KEY = Pattern.compile("(?:([A-Za-z_][\\w-]*)|[\"']([^\"']+)[\"'])\\s*:");
    /** A key one level down, in a mapping under a top-level key ({@code last_update:} then {@code   date: …}). */
    private static final Pattern NESTED_KEY = Pattern.compile("[ \t]+([A-Za-z_][\\w-]*)\\s*:");

    private static final LoadSettings SETTINGS = LoadSettings.builder().setLabel("front matter").build();

    public FrontMatter read(Document document, Reporter reporter) {
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            return FrontMatter.NONE;
        }
        int fenceLine = lousa.parse.LineIndex.lineOf(block);
        String yaml = inner(block.getChars().toString());
        Object loaded;
        try {
            loaded = new Load(SETTINGS).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = fenceLine + 1 + e.getProblemMark().map(m -> m.getLine()).orElse(0);
            reporter.error(line, "invalid front matter: " + e.getProblem(),
                    "front matter is YAML between two '---' lines; quote values that contain ':' or '#'");
            return new FrontMatter(Map.of(), fenceLine);
        } catch (YamlEngineException e) {
            reporter.error(fenceLine, "invalid front matter: " + e.getMessage(), "fix the YAML between the '---' lines");
            return new FrontMatter(Map.of(), fenceLine);
        }
        if (loaded == null) {
            return new FrontMatter(Map.of(), fenceLine);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            reporter.error(fenceLine, "invalid front matter: expected 'key: value' lines",
                    "if this '---' is meant as a horizontal rule, leave a blank line before it");
            return new FrontMatter(Map.of(), fenceLine);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        Map<String, Integer> lines = keyLines(yaml, fenceLine);
        checkValues(values, lines, fenceLine, reporter);
        return new FrontMatter(values, fenceLine, lines);
    }

    /** The Docusaurus keys whose values Lousa reads and can get wrong: said at the key's line, with the fix. */
    private static void checkValues(Map<String, Object> values, Map<String, Integer> lines, int fenceLine,
                                    Reporter reporter) {
        for (String key : new String[] {"toc_min_heading_level", "toc_max_heading_level"}) {
            Object value = values.get(key);
            if (values.containsKey(key) && !(value instanceof Integer level && level >= 2 && level <= 6)) {
                reporter.warning(lines.getOrDefault(key, fenceLine),
                        key + " is " + value + ", not a heading level from 2 to 6",
                        "write a number from 2 (##) to 6 (######); the page lists ## and ### until then");
            }
        }
        if (values.get("toc_min_heading_level") instanceof Integer min
                && values.get("toc_max_heading_level") instanceof Integer max && min > max) {
            reporter.warning(lines.getOrDefault("toc_max_heading_level", fenceLine), "toc_max_heading_level " + max
                    + " is below toc_min_heading_level " + min, "make the maximum at least the minimum");
        }
        if (values.containsKey("last_update")) {
            Object update = values.get("last_update");
            Object date = update instanceof Map<?, ?> map ? map.get("date") : null;
            String problem = !(update instanceof Map<?, ?>) ? "last_update holds '" + update + "', not a date: key"
                    : date != null && FrontMatter.date(date).isEmpty() ? "last_update's date '" + date
                    + "' is not a date" : null;
            if (problem != null) {
                reporter.warning(lines.getOrDefault(date != null ? "last_update.date" : "last_update",
                        lines.getOrDefault("last_update", fenceLine)), problem,
                        "write 'last_update:' and under it, indented, 'date: 2025-03-14' (as Docusaurus reads it);"
                                + " until then the page shows the date of the file's last commit");
            }
        }
        Object slug = values.get("slug");
        if (slug != null) {
            FrontMatter.slugProblem(String.valueOf(slug).strip()).ifPresent(problem -> reporter.error(
                    lines.getOrDefault("slug", fenceLine),
                    "slug '" + slug + "' " + problem + ", so it is no page's path",
                    "write a path such as /assincrono/introducao, without '.' or '..' segments, '?', '#' or '\\'"));
        }
        Object id = values.get("id");
        if (id != null) {
            FrontMatter.idProblem(String.valueOf(id).strip()).ifPresent(problem -> reporter.error(
                    lines.getOrDefault("id", fenceLine),
                    "id '" + id + "' " + problem + ", so it cannot name the lesson",
                    "write one name such as introducao, without '/', '?', '#' or '\\';"
                            + " the file's name counts until then"));
        }
        Object edit = values.get("custom_edit_url");
        if (edit != null && !HttpUrls.is(String.valueOf(edit))) {
            reporter.warning(lines.getOrDefault("custom_edit_url", fenceLine), "custom_edit_url '" + edit
                    + "' is not an http(s) address", "write the full address of the edit page, or null for no link");
        }
    }

    /**
     * The line of each top-level key in the lesson (the YAML starts on the line after the fence), and of each key of
     * a mapping under one, as {@code "last_update.date"}: a message about a nested value points at its own line.
     */
    private static Map<String, Integer> keyLines(String yaml, int fenceLine) {
        Map<String, Integer> lines = new HashMap<>();
        int line = fenceLine + 1;
        Matcher key = KEY.matcher(yaml);
        Matcher nested = NESTED_KEY.matcher(yaml);
        String parent = null;
        for (int start = 0; start < yaml.length(); line++) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) {
                end = yaml.length();
            }
            if (key.region(start, end).lookingAt()) {
                parent = key.group(1) != null ? key.group(1) : key.group(2);
                lines.putIfAbsent(parent, line);
            } else if (parent != null && nested.region(start, end).lookingAt()) {
                lines.putIfAbsent(parent + "." + nested.group(1), line);
            }
            start = end + 1;
        }
        return lines;
    }

    /** The text between the opening and the closing fence lines. */
    private static String inner(String block) {
        int start = block.indexOf('\n');
        if (start < 0) {
            return "";
        }
        String rest = block.substring(start + 1);
        int end = Math.max(rest.lastIndexOf("\n---"), rest.lastIndexOf("\n..."));
        if (end >= 0) {
            return rest.substring(0, end + 1);
        }
        return rest.startsWith("---") || rest.startsWith("...") ? "" : rest;
    }
}
