package lousa.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import lousa.diag.Reporter;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Docusaurus's {@code _category_.json} (or {@code .yml}) beside a folder's lessons: the folder's title
 * ({@code label}) and its place among its siblings ({@code position}). Read from the attachments the content scan
 * found (JSON is YAML, so one loader reads both); the other keys Docusaurus knows are not Lousa's business.
 */
public final class CategoryReader {

    private static final Pattern FILE = Pattern.compile("(?:.*/)?_category_\\.(?:json|ya?ml)");

    private CategoryReader() {
    }

    /**
     * @param reporters a reporter for a file, by its path, for the problems of each
     * @return the category of each folder that has one, by its content-relative path ("01-mod", "01-mod/extra")
     */
    public static Map<String, CourseConfig.Category> read(Attachments attachments, Function<Path, Reporter> reporters) {
        Map<String, CourseConfig.Category> categories = new TreeMap<>();
        attachments.all().forEach((relative, file) -> {
            if (FILE.matcher(relative).matches()) {
                String dir = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
                CourseConfig.Category category = read(file, reporters.apply(file));
                if (category != null) {
                    categories.putIfAbsent(dir, category);
                }
            }
        });
        return categories;
    }

    private static CourseConfig.Category read(Path file, Reporter reporter) {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(file.getFileName().toString()).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MarkedYamlEngineException e) {
            reporter.warning(e.getProblemMark().map(m -> m.getLine() + 1).orElse(0), "invalid category file: "
                    + e.getProblem(), "fix its syntax; the folder keeps the title made from its name until then");
            return null;
        } catch (YamlEngineException | IOException e) {
            reporter.warning(0, "cannot read category file: " + e.getMessage(), "fix or delete it");
            return null;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            reporter.warning(1, "a category file is an object such as {\"label\": \"Módulo\", \"position\": 2}",
                    "write the folder's title as label and its place as position");
            return null;
        }
        Object label = map.get("label");
        Object position = map.get("position");
        if (position != null && !(position instanceof Number)) {
            reporter.warning(1, "category position '" + position + "' is not a number", "write e.g. \"position\": 2");
        }
        return new CourseConfig.Category(label == null ? null : String.valueOf(label).strip(),
                position instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty());
    }
}
