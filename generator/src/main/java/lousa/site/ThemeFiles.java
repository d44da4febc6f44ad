package lousa.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads theme files: from a user's override folder when it has the file, else from the built-in theme on the
 * classpath ({@code theme/…}), so a user can replace one file (say {@code css/lousa.css}) and keep the rest.
 */
final class ThemeFiles {

    private static final String CLASSPATH_ROOT = "theme/";

    private final Path overrideDir;

    /** @param overrideDir folder laid out like {@code theme/}, or null for the built-in theme only */
    ThemeFiles(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    String text(String relativePath) {
        return new String(bytes(relativePath), StandardCharsets.UTF_8);
    }

    byte[] bytes(String relativePath) {
        try {
            if (overrideDir != null) {
                Path file = overrideDir.resolve(relativePath);
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
            }
            return classpath(CLASSPATH_ROOT + relativePath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme file " + relativePath, e);
        }
    }

    boolean exists(String relativePath) {
        if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(relativePath))) {
            return true;
        }
        return ThemeFiles.class.getClassLoader().getResource(CLASSPATH_ROOT + relativePath) != null;
    }

    /** Reads a resource of the classpath (the theme, or a webjar's {@code META-INF/resources/…}). */
    static byte[] classpath(String resource) throws IOException {
        try (InputStream in = ThemeFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        }
    }
}
