package lousa.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The width and height in pixels of the course's images ({@link ImageHeader}: PNG, GIF, JPEG, WebP, BMP, SVG), read
 * once per file and version: a course shows the same image on many pages. Thread-safe.
 */
public final class ImageSizes {

    /** An image's size in pixels. */
    public record Size(int width, int height) {
    }

    private record Key(String contentPath, long modified, long bytes) {
    }

    private final Path contentRoot;
    private final Map<Key, Optional<Size>> read = new ConcurrentHashMap<>();

    public ImageSizes(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    /** The size of the image at this path of content/; empty when it has none {@link ImageHeader} reads. */
    public Optional<Size> of(String contentPath) {
        if (contentRoot == null) {
            return Optional.empty();
        }
        Path file = contentRoot.resolve(contentPath);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        Key key = new Key(contentPath, attributes.lastModifiedTime().toMillis(), attributes.size());
        return read.computeIfAbsent(key, k -> readHeader(file));
    }

    private static Optional<Size> readHeader(Path file) {
        try {
            return ImageHeader.read(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or damaged: the page shows it as the browser can, without a size
        }
    }
}
