package lousa.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The course configuration ({@code content/course.yml}); every field has a default so a bare folder of lessons builds.
 *
 * @param modules titles and order of top-level folders; folders not listed come after, in file-name order
 * @param editUrl the address that edits the content folder in the course's repository
 *                ({@code https://github.com/user/repo/edit/main/content/}), for each lesson's "edit this page"
 *                link; "" for none
 * @param categories the Docusaurus {@code _category_.json} of each folder that has one, by content-relative path
 * @param offline    whether the site can be read offline (a service worker, the footer's "save the course"); on
 *                   unless {@code offline: false}
 * @param lastUpdated whether each lesson shows when it last changed, from git ({@link GitDates}); on unless
 *                   {@code last_updated: false}
 * @param lastUpdatedAuthor whether it also shows who made that change, the commit's author (Docusaurus'
 *                   {@code showLastUpdateAuthor}); off unless {@code last_updated_author: true}, as there
 * @param downloadImages whether the site serves its own copies of the images lessons take from the web
 *                   ({@link WebImages}); off unless {@code external_images: download}
 */
public record CourseConfig(String title, String description, String language, List<ModuleConfig> modules,
                           String editUrl, Map<String, Category> categories, boolean offline, boolean lastUpdated,
                           boolean lastUpdatedAuthor, boolean downloadImages) {

    public static final String FILE_NAME = "course.yml";

    public CourseConfig(String title, String description, String language, List<ModuleConfig> modules,
                        String editUrl) {
        this(title, description, language, modules, editUrl, Map.of(), true, true, false, false);
    }

    public static CourseConfig defaults(String title) {
        return new CourseConfig(title, "", "pt-BR", List.of(), "");
    }

    /** The same configuration with the folders' categories ({@link CategoryReader}). */
    public CourseConfig withCategories(Map<String, Category> found) {
        return new CourseConfig(title, description, language, modules, editUrl, Map.copyOf(found), offline,
                lastUpdated, lastUpdatedAuthor, downloadImages);
    }

    /** The category of a folder, by its content-relative path, if it has a {@code _category_.json}. */
    public Optional<Category> category(String dir) {
        return Optional.ofNullable(categories.get(dir));
    }

    public Optional<ModuleConfig> module(String dir) {
        return modules.stream().filter(m -> m.dir().equals(dir)).findFirst();
    }

    /**
     * A folder's Docusaurus category.
     *
     * @param label    its title, or null to keep the one made from its name
     * @param position its place among its siblings, as a lesson's {@code sidebar_position}
     */
    public record Category(String label, OptionalDouble position) {
    }

    /** @param order position in the configuration's list, 0-based */
    public record ModuleConfig(String dir, String title, int order) {
    }
}
