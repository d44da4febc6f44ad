package lousa.dialect;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import lousa.diag.Reporter;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the front matter block that flexmark found at the top of a document with a real YAML parser
 * (flexmark's own reader only splits lines), reporting YAML errors at their line in the lesson.
 */
public final class FrontMatterReader {

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
        return new FrontMatter(values, fenceLine);
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
