package lousa.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import lousa.write.StagedSite;

/** Writes an asset under its content-hash name, so browsers can cache it forever; shared by the theme and decks. */
public final class AssetFiles {

    private AssetFiles() {
    }

    /** Where assets are written: a build's staging site, or a plain folder. */
    @FunctionalInterface
    public interface Destination {
        void write(String sitePath, byte[] content) throws IOException;
    }

    /** A build's staging site, which links an asset the site being replaced already has instead of writing it. */
    public static Destination into(StagedSite site) {
        return site::write;
    }

    /**
     * A plain folder (tests, a live folder): a file already there under the asset's hashed name is left alone, and
     * a new one is written aside and moved in, so a reader never sees half a file.
     */
    public static Destination into(Path siteOut) {
        return (sitePath, content) -> {
            Path target = siteOut.resolve(sitePath);
            Path dir = target.getParent();
            Files.createDirectories(dir);
            if (Files.isRegularFile(target) && Files.size(target) == content.length) {
                return;
            }
            // A sibling temp file (not createTempFile, whose 0600 mode a web server could not read), then a move.
            Path tmp = dir.resolve("." + target.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
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
        };
    }

    /**
     * Writes {@code content} as {@code <folder>/<base>.<hash>.<extension>}.
     *
     * @return the site-relative URL, e.g. {@code assets/lousa.3f9a1c2b.css}
     */
    public static String write(Destination to, String folder, String base, String extension, byte[] content)
            throws IOException {
        String url = folder + "/" + Fingerprint.fileName(base, extension, content);
        to.write(url, content);
        return url;
    }
}
