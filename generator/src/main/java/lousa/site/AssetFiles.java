package lousa.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A plain folder, for tools and tests: the file is written as it is. */
    public static Destination into(Path siteOut) {
        return (sitePath, content) -> {
            Path file = siteOut.resolve(sitePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
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
