package lousa.load;

import java.util.List;
import java.util.Optional;

/**
 * The course configuration ({@code content/course.yml}); every field has a default so a bare folder of lessons builds.
 *
 * @param modules titles and order of top-level folders; folders not listed come after, in file-name order
 * @param editUrl the address that edits the content folder in the course's repository
 *                ({@code https://github.com/user/repo/edit/main/content/}), for each lesson's "edit this page"
 *                link; "" for none
 */
public record CourseConfig(String title, String description, String language, List<ModuleConfig> modules,
                           String editUrl) {

    public static final String FILE_NAME = "course.yml";

    public static CourseConfig defaults(String title) {
        return new CourseConfig(title, "", "pt-BR", List.of(), "");
    }

    public Optional<ModuleConfig> module(String dir) {
        return modules.stream().filter(m -> m.dir().equals(dir)).findFirst();
    }

    /** @param order position in the configuration's list, 0-based */
    public record ModuleConfig(String dir, String title, int order) {
    }
}
