package lousa.load;

import java.nio.file.Path;
import java.util.List;

/**
 * What the content folder holds: the lesson files and every other file (attachments: images, downloads, themes).
 *
 * @param root        the content root, absolute and normalised
 * @param lessons     lesson files, absolute, in a stable order
 * @param attachments the other files, findable by relative path or by name
 */
public record ContentInventory(Path root, List<Path> lessons, List<Path> partials, Attachments attachments) {

    public ContentInventory(Path root, List<Path> lessons, Attachments attachments) {
        this(root, lessons, List.of(), attachments);
    }

    /** Path relative to the content root with forward slashes. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
