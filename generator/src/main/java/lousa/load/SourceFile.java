package lousa.load;

import java.nio.file.Path;

/**
 * A lesson file as read from disk, already checked to be valid UTF-8 text.
 *
 * @param path        absolute path of the file
 * @param relative    path relative to the content root, with forward slashes ("01-mod/1-aula.md")
 * @param displayPath path to show in messages (relative to the working directory when possible)
 * @param text        the file's text, byte for byte decoded as UTF-8 (a BOM is dropped); null in a lesson parsed by
 *                    a one-shot build, whose AST holds the text until the lesson's pages are written
 */
public record SourceFile(Path path, String relative, String displayPath, String text) {

    /** The same file without its text: the text of 10 000 lessons is more memory than a 1 GiB heap can spare. */
    public SourceFile withoutText() {
        return new SourceFile(path, relative, displayPath, null);
    }
}
