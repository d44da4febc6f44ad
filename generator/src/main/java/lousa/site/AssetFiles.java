package lousa.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an asset under its content-hash name, so browsers can cache it forever; shared by the theme and decks. */
public final class AssetFiles {

    private AssetFiles() {
    }

    /**
     * Writes {@code content} as {@code <folder>/<base>.<hash>.<extension>} under the site root, unless a file of
     * that name is already there.
     *
     * @return the site-relative URL, e.g. {@code assets/lousa.3f9a1c2b.css}
     */
    public static String write(Path siteOut, String folder, String base, String extension, byte[] content)
            throws IOException {
        Path dir = siteOut.resolve(folder);
        Files.createDirectories(dir);
        String name = Fingerprint.fileName(base, extension, content);
        Path target = dir.resolve(name);
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            // A sibling temp file (not createTempFile, whose 0600 mode a web server could not read), then a move,
            // so a reader never sees half a file.
            Path tmp = dir.resolve("." + name + "." + Thread.currentThread().getId() + ".tmp");
            try {
                Files.write(tmp, content);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return folder + "/" + name;
    }
}
